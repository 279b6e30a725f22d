// Survey answers survive a dropped connection: each submission is stored in localStorage with
// the UUID the page was given, sent to the API, and removed only once the server confirmed it
// (201 new, 200 already received). A resend after a drop carries the same UUID, so the server
// counts it once. Waiting submissions are sent again when the browser comes back online.
(function () {
    "use strict";
    var form = document.querySelector("[data-survey-form]");
    if (!form) { return; }
    var status = document.querySelector("[data-survey-status]");
    var key = form.dataset.storageKey;

    function queue() {
        try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { return []; }
    }
    function save(items) { localStorage.setItem(key, JSON.stringify(items)); }
    function say(text) { status.textContent = text; status.hidden = !text; }
    function newId() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, function (c) {
            var r = Math.random() * 16 | 0; return (c === "x" ? r : (r & 0x3 | 0x8)).toString(16);
        });
    }
    function csrf() { return form.querySelector("[name=csrfmiddlewaretoken]").value; }

    function shownQuestions() {
        var chosen = {};
        form.querySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked").forEach(function (input) {
            chosen[input.value] = true;
        });
        form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
            var condition = fieldset.dataset.shownIf;
            fieldset.hidden = Boolean(condition) && !chosen[condition];
        });
    }

    function collect() {
        var answers = {};
        form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
            if (fieldset.hidden) { return; }
            var id = fieldset.dataset.question, kind = fieldset.dataset.kind;
            if (kind === "multiple") {
                var values = [];
                fieldset.querySelectorAll("input:checked").forEach(function (i) { values.push(Number(i.value)); });
                if (values.length) { answers[id] = values; }
            } else if (kind === "single") {
                var picked = fieldset.querySelector("input:checked");
                if (picked) { answers[id] = Number(picked.value); }
            } else {
                var field = fieldset.querySelector("input, textarea");
                if (field.value !== "") { answers[id] = kind === "scale" ? Number(field.value) : field.value; }
            }
        });
        return answers;
    }

    function send(item) {
        return fetch(form.dataset.api, {
            method: "POST", credentials: "same-origin",
            headers: {"Content-Type": "application/json", "X-CSRFToken": csrf(), "Accept": "application/json"},
            body: JSON.stringify({submission_id: item.submission_id, answers: item.answers, language: item.language})
        }).then(function (response) {
            if (response.status === 200 || response.status === 201) { return "sent"; }
            if (response.status >= 400 && response.status < 500) { return "rejected"; }
            return "retry";
        }, function () { return "retry"; });
    }

    var flushing = false;
    function flush() {
        if (flushing || !navigator.onLine) { return Promise.resolve(); }
        var items = queue();
        if (!items.length) { return Promise.resolve(); }
        flushing = true;
        return items.reduce(function (chain, item) {
            return chain.then(function () {
                return send(item).then(function (result) {
                    if (result === "sent" || result === "rejected") {
                        save(queue().filter(function (other) { return other.submission_id !== item.submission_id; }));
                        say(result === "sent" ? form.dataset.msgSent : form.dataset.msgError);
                    }
                });
            });
        }, Promise.resolve()).then(function () {
            flushing = false;
            if (queue().length) { say(form.dataset.msgPending + " " + queue().length); }
        });
    }

    form.addEventListener("change", shownQuestions);
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var idField = form.querySelector("[name=submission_id]");
        var items = queue();
        // The language the questions were read in, whatever the phone's own language is.
        items.push({submission_id: idField.value, answers: collect(), language: form.dataset.language});
        save(items);
        // The next answer (a volunteer in the field asks the next person) gets a new UUID.
        idField.value = newId();
        form.reset();
        shownQuestions();
        if (navigator.onLine) { flush(); } else { say(form.dataset.msgOffline); }
    });
    window.addEventListener("online", flush);
    shownQuestions();
    if (queue().length) { say(form.dataset.msgPending + " " + queue().length); flush(); }
}());
