"""The FastAPI application: endpoints, token authentication, bounded bodies, and every
failure answered as JSON with its reason in Japanese and English (never a traceback).

Refusals carry the service's error as the CLI's ``--json`` prints it,
``{"ok": false, "error": {"code", "message": {"ja", "en"}, ...}}``, with the status:
401 no or a wrong token, 403 a role or self-approval refused, 404 no such case or
version, 409 the state, a stale parent or another writer first, 413 a body over the
limit, 422 a request that cannot be used (an unreadable chain, with its located
problems), 503 the store unavailable now, 507 the store's disk full (nothing written).
"""

from __future__ import annotations

import json
import os
import threading
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from chain.cases.words import CaseError, StoreUnavailable
from chain.format.limits import Limits
from chain.format.problems import InputProblem
from chain.vocab import L

__all__ = ["BATCH_ENV", "DEFAULT_MAX_BATCH", "create_app"]

#: How many submissions one batch request may hold (``CHAIN_API_MAX_BATCH``).
BATCH_ENV = "CHAIN_API_MAX_BATCH"
DEFAULT_MAX_BATCH = 100
#: The longest name of a submission kept in a batch's answer, in characters.
MAX_NAME = 300

#: The status of each refusal the service raises (others: 422 for a request that
#: cannot be used, 409 for a refusal).
STATUS = {
    "unauthorized": 401,
    "role": 403,
    "self_approval": 403,
    "unknown_user": 403,
    "not_found": 404,
    "stale_parent": 409,
    "stale_version": 409,
    "conflict": 409,
    "state": 409,
    "too_large": 413,
    "too_many": 413,
}

JSON_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChainBody"}}},
}


class ApiError(Exception):
    """A request refused before the service is asked (its size, its shape)."""

    def __init__(
        self, status: int, code: str, message: L, problems: list[InputProblem] | None = None
    ) -> None:
        super().__init__(message.en)
        self.status = status
        self.code = code
        self.message = message
        self.problems = problems or []

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message.to_dict()}
        if self.problems:
            out["problems"] = [p.to_dict() for p in self.problems]
        return out


class TooLarge(StarletteHTTPException):
    """A body found over the limit while it is read (raised from the body's reader, so
    FastAPI passes it on as it is)."""

    def __init__(self, problems: list[InputProblem]) -> None:
        super().__init__(413)
        self.error = _too_large(problems)


class BodyLimit:
    """Every request's body bounded by ``limits.max_bytes``: refused with 413 on its
    declared length before any of it is read, or as soon as what arrives passes the
    limit (a body sent in pieces without a length)."""

    def __init__(self, app: Any, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from chain.format.prechecks import too_large

        limits = self.limits
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            error = _too_large(too_large(int(declared), limits).problems)
            response = _refusal(413, error.to_dict(), {"Connection": "close"})
            await response(scope, receive, send)
            return
        seen = 0

        async def bounded() -> Any:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > limits.max_bytes:
                    raise TooLarge(too_large(seen, limits).problems)
            return message

        await self.app(scope, bounded, send)


def _refusal(status: int, error: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
    return JSONResponse({"ok": False, "error": error}, status_code=status, headers=headers)


def _json_response(text: str, status: int = 200) -> Response:
    return Response(text, status_code=status, media_type="application/json")


# -- request bodies -------------------------------------------------------------------


class NewCase(BaseModel):
    title: str = Field(max_length=1000, description="件名 / the contract's title.")
    department: str = Field(max_length=300, description="担当課.")
    profile_id: str | None = Field(None, max_length=200, description="Profile id.")
    contractor: str | None = Field(None, max_length=300, description="受託者.")


class Condition(BaseModel):
    text: str = Field(max_length=10_000)
    clause: str | None = Field(None, max_length=300)
    due: str | None = Field(None, max_length=10, description="YYYY-MM-DD.")


class NewDecision(BaseModel):
    outcome: Literal["approved", "conditional", "rejected", "returned"]
    delegations: list[Annotated[str, Field(max_length=100)]] | None = Field(
        None, max_length=10_000, description="Delegation ids; null: the whole submission."
    )
    conditions: list[Condition] = Field(default_factory=list, max_length=1000)
    reason: str = Field("", max_length=10_000)
    codes: list[Annotated[str, Field(max_length=50)]] = Field(default_factory=list, max_length=1000)
    clauses: list[Annotated[str, Field(max_length=300)]] = Field(
        default_factory=list, max_length=1000
    )
    valid_from: str | None = Field(None, max_length=10, description="YYYY-MM-DD.")
    valid_until: str | None = Field(None, max_length=10, description="YYYY-MM-DD.")
    version_sha256: str | None = Field(
        None, max_length=64, description="Refuse unless the current version has this hash."
    )


class Submission(BaseModel):
    name: str | None = Field(None, description="Shown as the file's path in the answer.")
    chain: Any = Field(description="A chain, as the JSON object of its file.")


class Batch(BaseModel):
    submissions: list[Submission]


# -- the application ----------------------------------------------------------------


def create_app(url: str | None = None, *, limits: Limits | None = None) -> FastAPI:
    """The API over the store at ``url`` (``CHAIN_DATABASE_URL`` or the user's SQLite
    file), opened at the first request that needs it."""
    limits = limits or Limits.from_env()
    try:
        max_batch = max(1, int(os.environ.get(BATCH_ENV) or DEFAULT_MAX_BATCH))
    except ValueError:
        max_batch = DEFAULT_MAX_BATCH
    app = FastAPI(
        title="subcontract-chain",
        version=_version(),
        summary="再委託チェーンのケース（版・決定・監査記録）と確認の API / "
        "cases (versions, decisions, audit) and checks of outsourcing chains",
        description=(__doc__ or "").split("\n\n", 1)[-1],
        # The documentation pages load their scripts from a CDN, which an office network
        # may not reach; the schema itself is served at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, limits=limits)
    app.state.limits = limits
    app.state.max_batch = max_batch
    lock = threading.Lock()
    opened: dict[str, Any] = {}

    def service() -> Any:
        with lock:
            if "service" not in opened:
                from chain.cases.service import CaseService

                opened["service"] = CaseService.open(url)
            return opened["service"]

    app.state.service = service
    _handlers(app)
    _routes(app)
    return app


def _version() -> str:
    import chain

    return chain.__version__


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(CaseError)
    async def case_error(_request: Request, exc: CaseError) -> Any:
        status = STATUS.get(exc.code) or (422 if exc.kind == "input" else 409)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return _refusal(status, exc.to_dict(), headers)

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(_request: Request, exc: StoreUnavailable) -> Any:
        return _refusal(507 if exc.code == "disk" else 503, exc.to_dict())

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> Any:
        return _refusal(exc.status, exc.to_dict())

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> Any:
        problems = [_problem(e) for e in exc.errors()[:20]]
        return _refusal(
            422,
            {
                "code": "invalid",
                "message": L(
                    "要求を受け付けられません: "
                    + "; ".join(f"{p.pointer or '/'} {p.message.ja}" for p in problems),
                    "The request cannot be used: "
                    + "; ".join(f"{p.pointer or '/'} {p.message.en}" for p in problems),
                ).to_dict(),
                "problems": [p.to_dict() for p in problems],
            },
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> Any:
        if isinstance(exc, TooLarge):
            return _refusal(413, exc.error.to_dict())
        words = {
            404: L("そのような URL はありません。", "No such URL."),
            405: L(
                "この URL はそのメソッドを受け付けません。", "This URL does not take that method."
            ),
        }.get(exc.status_code, L("要求を受け付けられません。", "The request cannot be used."))
        return _refusal(exc.status_code, {"code": "http", "message": words.to_dict()})

    @app.exception_handler(Exception)
    async def internal(_request: Request, _exc: Exception) -> Any:
        return _refusal(
            500,
            {
                "code": "internal",
                "message": L(
                    "サーバーの内部で問題が起きました。何も書き込んでいない可能性があります。管理者に連絡してください。",
                    "Something went wrong inside the server; nothing may have been written. "
                    "Tell the administrator.",
                ).to_dict(),
            },
        )


def _problem(error: Any) -> InputProblem:
    """A located problem for one of pydantic's errors about the request."""
    where, *path = [str(p) for p in error.get("loc", ())] or ["body"]
    pointer = "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in path)
    message = str(error.get("msg", ""))[:300]
    places = {"body": "本文", "query": "クエリ", "path": "パス", "header": "ヘッダー"}
    return InputProblem(
        pointer,
        str(error.get("type", "invalid")),
        L(
            f"{places.get(where, where)}の値が正しくありません（{message}）",
            f"the {where} is not valid ({message})",
        ),
    )


# -- what every request needs ---------------------------------------------------------

bearer = HTTPBearer(auto_error=False, description="A token from `chain case token new`.")


def _service(request: Request) -> Any:
    return request.app.state.service()


def actor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The user the request's token acts as."""
    token = credentials.credentials if credentials is not None else ""
    name: str = _service(request).token_user(token)
    return name


Actor = Annotated[str, Depends(actor)]
Service = Annotated[Any, Depends(_service)]


async def bounded_body(request: Request) -> bytes:
    """The request's body, read no further than the limit (413 beyond it)."""
    from chain.format.prechecks import too_large

    limits: Limits = request.app.state.limits
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(too_large(int(declared), limits).problems)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_large(too_large(size, limits).problems)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(problems: list[InputProblem]) -> ApiError:
    first = problems[0].message
    return ApiError(413, "too_large", first, problems)


Body = Annotated[bytes, Depends(bounded_body)]


def _profile(value: str | None) -> Any:
    """The profile a request names: a shipped one or one in ``CHAIN_PROFILE_PATH``, by
    id (a request never makes the server read a file of its choosing)."""
    if value is None:
        return None
    from chain.profiles.load import ProfileError, builtin_profile_ids, load_profile
    from chain.profiles.search import find_in_path
    from chain.text import excerpt

    known = builtin_profile_ids()
    if value in known or find_in_path(value) is not None:
        try:
            return load_profile(value)
        except ProfileError as exc:
            raise ApiError(
                422, "profile_invalid", L(exc.text("ja"), exc.text("en")), exc.problems
            ) from None
    shown = excerpt(value)
    raise ApiError(
        422,
        "profile_unknown",
        L(
            f"プロファイル「{shown}」はありません（組込み: {', '.join(known)}）。",
            f"No profile '{shown}' (built-in: {', '.join(known)}).",
        ),
    )


# -- the endpoints --------------------------------------------------------------------

CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The case number.")]
VersionNo = Annotated[int, Path(ge=1, le=2**31 - 1, description="A version number.")]


def _routes(app: FastAPI) -> None:
    @app.post("/cases", status_code=201, tags=["cases"])
    def new_case(body: NewCase, user: Actor, service: Service) -> dict[str, Any]:
        """File a new case (下書き) for one contract."""
        answer: dict[str, Any] = service.new_case(
            user,
            body.title,
            body.department,
            profile_id=body.profile_id,
            contractor=body.contractor,
        )
        return answer

    @app.get("/cases", tags=["cases"])
    def list_cases(
        user: Actor,
        service: Service,
        state: Annotated[str | None, Query(max_length=20)] = None,
    ) -> list[dict[str, Any]]:
        """The cases (in one state, when given)."""
        answer: list[dict[str, Any]] = service.list_cases(user, state=state)
        return answer

    @app.get("/cases/{case}", tags=["cases"])
    def show_case(case: CaseId, user: Actor, service: Service) -> dict[str, Any]:
        """A case: versions, decisions and each delegation's status (期限切れ, 要再承認)."""
        answer: dict[str, Any] = service.show_case(user, case)
        return answer

    @app.get("/cases/{case}/export", tags=["cases"])
    def export_case(case: CaseId, user: Actor, service: Service) -> dict[str, Any]:
        """Everything kept for a case, as ``chain case export`` writes it."""
        answer: dict[str, Any] = service.export(user, case)
        return answer

    @app.post(
        "/cases/{case}/versions",
        status_code=201,
        tags=["versions"],
        openapi_extra={"requestBody": JSON_BODY},
    )
    def save_version(
        case: CaseId,
        user: Actor,
        service: Service,
        data: Body,
        parent: Annotated[
            int | None,
            Query(ge=1, le=2**31 - 1, description="The version this was made from."),
        ] = None,
        source_name: Annotated[str | None, Query(max_length=300)] = None,
    ) -> dict[str, Any]:
        """Save the chain in the body as the case's next version and check it; 409 when
        ``parent`` is no longer the current version (the chain is kept as a conflict)."""
        answer: dict[str, Any] = service.save_version(
            user, case, data, parent=parent, source="api", source_name=source_name
        )
        return answer

    @app.get("/cases/{case}/versions", tags=["versions"])
    def list_versions(case: CaseId, user: Actor, service: Service) -> list[dict[str, Any]]:
        """The case's versions, each with its findings' counts."""
        versions: list[dict[str, Any]] = service.show_case(user, case)["versions"]
        return versions

    @app.get("/cases/{case}/versions/{version}", tags=["versions"])
    def get_version(
        case: CaseId, version: VersionNo, user: Actor, service: Service
    ) -> dict[str, Any]:
        """One version's chain, as saved."""
        answer: dict[str, Any] = service.version_chain(user, case, version)
        return answer

    @app.get("/cases/{case}/diff", tags=["versions"])
    def diff(
        case: CaseId,
        user: Actor,
        service: Service,
        a: Annotated[int, Query(ge=1, le=2**31 - 1, description="A version.")],
        b: Annotated[int, Query(ge=1, le=2**31 - 1, description="Another version.")],
    ) -> dict[str, Any]:
        """What changed from version ``a`` to ``b``: the chain field by field, and the
        findings (new, resolved)."""
        answer: dict[str, Any] = service.diff(user, case, a, b)
        return answer

    @app.post("/cases/{case}/decisions", status_code=201, tags=["decisions"])
    def decide(case: CaseId, body: NewDecision, user: Actor, service: Service) -> dict[str, Any]:
        """Decide the current version, per delegation or as a whole, with reasons."""
        answer: dict[str, Any] = service.decide(
            user,
            case,
            body.outcome,
            edges=body.delegations,
            conditions=[c.model_dump() for c in body.conditions],
            reason=body.reason,
            codes=body.codes,
            clauses=body.clauses,
            valid_from=body.valid_from,
            valid_until=body.valid_until,
            version_sha256=body.version_sha256,
        )
        return answer

    @app.get("/cases/{case}/decisions", tags=["decisions"])
    def list_decisions(case: CaseId, user: Actor, service: Service) -> list[dict[str, Any]]:
        """The decisions recorded on the case, oldest first."""
        decisions: list[dict[str, Any]] = service.show_case(user, case)["decisions"]
        return decisions

    @app.get("/cases/{case}/documents", tags=["documents"])
    def list_documents(case: CaseId, user: Actor, service: Service) -> list[dict[str, Any]]:
        """The documents filed in the case (drafted notices), oldest first, each with its
        SHA-256, without their content."""
        documents: list[dict[str, Any]] = service.documents(user, case)
        return documents

    @app.get(
        "/cases/{case}/documents/{document}",
        tags=["documents"],
        response_class=Response,
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    def get_document(
        case: CaseId,
        document: Annotated[int, Path(ge=1, le=2**31 - 1, description="A document number.")],
        user: Actor,
        service: Service,
    ) -> Response:
        """One filed document as it was filed, its SHA-256 in ``X-Content-SHA256``; a
        content that no longer matches its hash is refused (409), never served."""
        record, data = service.document(user, case, document)
        if not record["intact"]:
            raise CaseError(
                "document_altered",
                L(
                    "保存された書類の内容がハッシュと一致しません。",
                    "The stored document does not match its hash.",
                ),
                details={"document": document, "sha256": record["sha256"]},
            )
        name = quote(str(record["name"]), safe="")
        return Response(
            data,
            media_type=str(record["media_type"]),
            headers={
                "X-Content-SHA256": str(record["sha256"]),
                "Content-Disposition": f"attachment; filename*=UTF-8''{name}",
            },
        )

    @app.post("/cases/{case}/{action}", tags=["cases"])
    def move(
        case: CaseId,
        action: Literal["submit", "review", "withdraw", "revoke"],
        user: Actor,
        service: Service,
    ) -> dict[str, Any]:
        """Move the case: ``submit`` (提出), ``review`` (審査中), ``withdraw`` (取下げ),
        ``revoke`` (取消)."""
        answer: dict[str, Any] = service.transition(user, case, action)
        return answer

    @app.get("/audit", tags=["audit"])
    def audit(
        user: Actor,
        service: Service,
        case: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    ) -> dict[str, Any]:
        """Verify the audit trail's hash chain (``intact``, where it ``broken``) and list
        its events (of one case, when given)."""
        answer: dict[str, Any] = service.audit(user, case)
        return answer

    @app.post(
        "/validate",
        tags=["validate"],
        openapi_extra={"requestBody": JSON_BODY},
        responses={422: {"description": "The chain cannot be read: its located problems."}},
    )
    def validate(
        request: Request,
        _user: Actor,
        data: Body,
        profile: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        """Check the chain in the body: the findings as ``chain validate --format json``
        writes them (422 with the same document when it cannot be read)."""
        from chain.report.json import to_json
        from chain.validate import validate_bytes

        chosen = _profile(profile)
        limits: Limits = request.app.state.limits
        result = validate_bytes(data, path="<request>", profile=chosen, limits=limits)
        return _json_response(to_json([result]), 200 if result.report is not None else 422)

    @app.post("/batch", tags=["validate"])
    def batch(
        request: Request,
        _user: Actor,
        data: Body,
        profile: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        """Check many submissions in one request, each with its own result: the answer
        is ``chain validate --format json`` over them all, each submission's ``name``
        as its path. At most ``CHAIN_API_MAX_BATCH`` (100) submissions, and the whole
        body within the byte limit."""
        return _batch(request, data, profile)

    _batch_schema(app)


def _batch(request: Request, data: bytes, profile: str | None) -> Response:
    import orjson

    from chain.format.problems import ChainInputError
    from chain.format.read import parse_chain
    from chain.report.json import to_json
    from chain.text import excerpt
    from chain.validate import FileResult, validate_chain

    limits: Limits = request.app.state.limits
    max_batch: int = request.app.state.max_batch
    chosen = _profile(profile)
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise _unreadable(f"{exc}") from None
    items = doc.get("submissions") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise _unreadable("submissions", pointer="/submissions")
    if len(items) > max_batch:
        message = L(
            f"一度に確認できる提出は {max_batch} 件までです（{len(items)} 件）。分けて送ってください。",
            f"A batch holds at most {max_batch} submissions ({len(items)} sent); split it.",
        )
        raise ApiError(
            413, "too_many", message, [InputProblem("/submissions", "too_many", message)]
        )
    results = []
    for i, item in enumerate(items):
        name = item.get("name") if isinstance(item, dict) else None
        path = excerpt(str(name), MAX_NAME) if name else f"submission-{i + 1}"
        chain = item.get("chain") if isinstance(item, dict) else None
        if not isinstance(chain, dict):
            problem = InputProblem(
                f"/submissions/{i}/chain",
                "not_a_chain",
                L(
                    "提出にはチェーンの JSON オブジェクト（chain）が要ります。",
                    "A submission needs its chain, a JSON object (chain).",
                ),
            )
            results.append(FileResult(path, problems=[problem]))
            continue
        raw = orjson.dumps(chain, option=orjson.OPT_INDENT_2)
        try:
            parsed = parse_chain(raw, limits=limits)
        except ChainInputError as exc:
            results.append(FileResult(path, problems=exc.problems, data=raw))
            continue
        results.append(validate_chain(parsed, path=path, profile=chosen, data=raw, limits=limits))
    return _json_response(to_json(results))


def _unreadable(detail: str, pointer: str = "") -> ApiError:
    message = L(
        '本文は {"submissions": [{"name": …, "chain": {…}}, …]} の JSON にしてください'
        f"（{detail[:200]}）。",
        'The body must be JSON {"submissions": [{"name": …, "chain": {…}}, …]}'
        f" ({detail[:200]}).",
    )
    return ApiError(422, "invalid", message, [InputProblem(pointer, "invalid", message)])


def _batch_schema(app: FastAPI) -> None:
    """The batch and chain bodies in the published schema (the bodies are read as bytes,
    within the limits, not by FastAPI)."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = base()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ChainBody"] = {
            "type": "object",
            "description": "A chain, as in schemas/chain.schema.json.",
        }
        batch = Batch.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(batch.pop("$defs", {}))
        components["Batch"] = batch
        post = schema["paths"]["/batch"]["post"]
        post["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
        }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def openapi_text(app: FastAPI | None = None) -> str:
    """The published OpenAPI schema, as written to ``schemas/api.openapi.json``."""
    app = app or create_app()
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2) + "\n"


app = create_app()
