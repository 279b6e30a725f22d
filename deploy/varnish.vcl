vcl 4.1;
# Varnish (Debian's `varnish` package) between nginx and gunicorn:
#   nginx :443 -> Varnish 127.0.0.1:6081 -> gunicorn 127.0.0.1:8000
# Install as /etc/varnish/default.vcl; run Django with VARNISH_URL=http://127.0.0.1:6081 so that
# Wagtail's frontend cache invalidation sends it a PURGE whenever content changes.
#
# The application decides what may be shared: a response is kept only when it says
# `Cache-Control: public, s-maxage=...` (integration_site.page_cache marks anonymous pages, feeds
# and public API reads so) and sets no cookie. Everything else goes to the application each time.

backend app {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the application servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A purge drops the URL and everything under it on that host: the application purges a
        # site's root when content changes, since menus and the footer are on every page.
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in people (session cookie), apps with a token and visitors with a message waiting
    # are never given a shared copy.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (the CSRF token, the language) do not make a shared page personal. They are
    # left on the request so that the application sees them on a miss.
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object for bans (lurker-friendly: matched without the request).
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Cache-Control !~ "s-maxage" || beresp.http.Set-Cookie) {
        # Not shared: remembered as such for two minutes so that requests are not queued
        # behind each other.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
}
