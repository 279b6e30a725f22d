"""Every answer an operation can give is in the OpenAPI document: the refusals and faults every
operation shares are added to each (unless the operation documents them itself), with the JSON
shape the caller receives. Wagtail's content API (/api/v3/) answers in RFC 7807 problem+json;
the project's own API in plain JSON with a `detail` message."""

CONTENT_API_PREFIX = "/api/v3/"
PROJECT_ERROR = "ProjectError"
CONTENT_PROBLEM = "ContentProblem"

ERROR_SCHEMAS = {
    PROJECT_ERROR: {
        "title": PROJECT_ERROR,
        "type": "object",
        "properties": {
            "detail": {"type": "string", "description": "What went wrong, in the caller's language."},
            "field": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "errors": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["detail"],
    },
    CONTENT_PROBLEM: {
        "title": CONTENT_PROBLEM,
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string", "description": "What went wrong, in the caller's language."},
            "errors": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["type", "title", "status"],
    },
}

#: status: (description, which operations can answer it)
SHARED_ERRORS = {
    400: ("The request could not be read (malformed body or a number out of range).", "all"),
    401: ("Authentication is required: sign in, or send an API token.", "secured"),
    403: ("The caller may not do this.", "secured"),
    404: ("What the request names does not exist, or the caller may not see it.", "all"),
    413: ("The request body is larger than the server accepts.", "with_body"),
    422: ("The request is not valid: `errors` says which parts.", "all"),
    503: ("The service is unavailable for a moment (database); retry after `Retry-After`.", "all"),
}


#: The largest integer the database holds (PostgreSQL bigint): a larger id or offset names nothing.
DATABASE_INTEGER_MAX = 2**63 - 1
#: Wagtail's "find" endpoints answer with a redirect to the object they found.
FIND_SUFFIX = "/find/"


def document_error_responses(schema):
    schema.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for route, operations in schema.get("paths", {}).items():
        content_api = route.startswith(CONTENT_API_PREFIX)
        for operation in operations.values():
            if isinstance(operation, dict) and "responses" in operation:
                add_shared_errors(operation, content_api)
                bound_integer_parameters(operation)
                if route.endswith(FIND_SUFFIX):
                    operation["responses"].setdefault(
                        302, {"description": "Found: the Location header names the object."}
                    )


def bound_integer_parameters(operation):
    for parameter in operation.get("parameters", []):
        parameter_schema = parameter.get("schema", {})
        if parameter_schema.get("type") == "integer" and "maximum" not in parameter_schema:
            parameter_schema["maximum"] = DATABASE_INTEGER_MAX


def add_shared_errors(operation, content_api):
    if content_api:
        media = {"application/problem+json": {"schema": ref(CONTENT_PROBLEM)}}
    else:
        media = {"application/json": {"schema": ref(PROJECT_ERROR)}}
    applies = {
        "all": True,
        "secured": bool(operation.get("security")),
        "with_body": "requestBody" in operation,
    }
    responses = operation["responses"]
    for status, (description, scope) in SHARED_ERRORS.items():
        if applies[scope] and status not in responses and str(status) not in responses:
            responses[status] = {"description": description, "content": media}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def drop_operations_no_request_can_reach(schema):
    """Wagtail builds /api/v3/snippets/{type}/ when it starts, from the snippet models that have
    API fields by then. None of ours are offered through the API, so `type` accepts no real value
    (its schema is `const: ""`) and no request can be generated or made: leave these out."""
    for route in list(schema.get("paths", {})):
        operations = schema["paths"][route]
        for method in list(operations):
            operation = operations[method]
            parameters = operation.get("parameters", []) if isinstance(operation, dict) else []
            if any(parameter.get("schema", {}).get("const") == "" for parameter in parameters):
                del operations[method]
        if not operations:
            del schema["paths"][route]
