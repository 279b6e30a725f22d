"""The Content-Security-Policy (settings.CONTENT_SECURITY_POLICY), with one exception.

Wagtail's admin writes small inline scripts into its forms (date pickers, inline panels) with
values in them, so no hash can allow them and Wagtail sets no nonce: under /admin/ only, inline
scripts are allowed. The admin is reached only by signed-in staff (two-factor in production);
every other page keeps scripts to files served by this site."""

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
ADMIN_POLICY_UPDATE = {"script-src": ["'unsafe-inline'"]}


class SitePolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            update = getattr(response, "_csp_update", None) or {}
            response._csp_update = {**update, **ADMIN_POLICY_UPDATE}
        return super().get_policy_parts(request, response, report_only)
