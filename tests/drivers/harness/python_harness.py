# Runs the "Catch it in code" snippets of psycopg, psycopg2 or asyncpg (argv[1]) against a real
# server: the cases come as JSON on stdin, each result goes to stdout as one "@@ {json}" line.
# The names a snippet uses are bound to the driver's real objects, behind a recorder that keeps
# the first exception a call raised, so a result says what the driver raised and whether the
# snippet's handler let it escape.
import asyncio
import contextlib
import importlib
import inspect
import io
import json
import sys
import textwrap

library = sys.argv[1]
driver = importlib.import_module(library)


def described(error):
    if error is None:
        return None
    code = getattr(error, "sqlstate", None) if library != "psycopg2" else getattr(error, "pgcode", None)
    return {"type": f"{type(error).__module__}.{type(error).__qualname__}", "code": code, "message": str(error).strip()}


class Recorder:
    """Stands in for the object a snippet calls: every call goes through, the first error stays."""

    raised = None

    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attribute = getattr(self._target, name)
        if not callable(attribute) or isinstance(attribute, type):
            return attribute
        if inspect.iscoroutinefunction(attribute):
            async def call_async(*args, **kwargs):
                try:
                    return await attribute(*args, **kwargs)
                except Exception as error:
                    Recorder.raised = Recorder.raised or error
                    raise
            return call_async

        def call(*args, **kwargs):
            try:
                return attribute(*args, **kwargs)
            except Exception as error:
                Recorder.raised = Recorder.raised or error
                raise
        return call


async def run(case):
    """Binds the snippet's names, runs it, then the statement if the snippet only listens."""
    Recorder.raised = None
    scope = {library: Recorder(driver), "params": None, "args": ()}
    if case["arrival"] == "connect":
        scope.update(conninfo=case["conninfo"], dsn=case["conninfo"])
    elif library == "asyncpg":
        scope.update(conn=Recorder(await driver.connect(case["conninfo"])), query=case["statement"])
    else:
        conn = driver.connect(case["conninfo"])
        conn.autocommit = True
        scope.update(conn=conn, cur=Recorder(conn.cursor()), query=case["statement"])
    printed = io.StringIO()
    escaped = None
    with contextlib.redirect_stdout(printed):
        try:
            if library == "asyncpg":
                exec("async def snippet():\n" + textwrap.indent(case["snippet"], "    "), scope)
                await scope["snippet"]()
                if case["runAfter"]:
                    await scope["conn"].execute(case["statement"])
                    await asyncio.sleep(0.1)  # log listeners are called soon after, not during
            else:
                exec(case["snippet"], scope)
                if case["runAfter"]:
                    scope["cur"].execute(case["statement"])
        except Exception as error:
            escaped = error
    return {"case": case["id"], "raised": described(Recorder.raised), "escaped": described(escaped), "printed": printed.getvalue()}


async def main():
    for case in json.load(sys.stdin):
        print("@@ " + json.dumps(await run(case)), flush=True)


asyncio.run(main())
