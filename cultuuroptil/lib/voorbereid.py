"""A model query that is built and compiled once, then run with other values.

Building a queryset with a dozen annotated subqueries and compiling it to SQL costs several
milliseconds of Python per request, far more than the database's own work; on the hottest path
(identifying a participant, which every participant request does) that is most of the request.
`VoorbereideQuery` builds the queryset once with placeholder values, keeps the compiled SQL
and Django's own row-to-object machinery (converters, select_related populators, annotations),
and on each call only swaps the placeholders for the real values in the parameter list.

Compiled per thread and per database connection object (a compiler is bound to its thread's
connection). A placeholder may stand in several places (the same value in two subqueries);
each must have a value of its own. Only for exact-match placeholders of plain types (str, int,
an aware datetime compared with a datetime column), which the ORM passes on as the backend
adapts them; anything else fails loudly at the first compile.
"""

import datetime
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import connections, models
from django.db.models import sql as djsql
from django.db.models.query import get_related_populators


def _aangepast(connection: Any, waarde: object) -> object:
    """A value as the ORM hands it to the database (datetimes are adapted per backend)."""
    if isinstance(waarde, datetime.datetime):
        return connection.ops.adapt_datetimefield_value(waarde)
    return waarde


def _qmark(connection: Any, sql: str) -> str | None:
    """The SQL as Django's SQLite cursor rewrites it for the sqlite3 module (%s to ?), done once
    here instead of by a regular expression on every call (12 µs for the autosave's UPDATE,
    4 % of its time); None on other databases."""
    if connection.vendor != "sqlite":
        return None
    from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX

    return FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")


def _execute(connection: Any, cursor: Any, sql: str, qmark: str | None, params: list) -> None:
    """`cursor.execute(sql, params)`, with SQL already rewritten for SQLite where nothing
    watches the queries (a debug cursor that logs them, an execute wrapper): errors still come
    as Django's exceptions, and a broken transaction is still refused."""
    if qmark is None or connection.queries_logged or connection.execute_wrappers:
        cursor.execute(sql, params)
        return
    connection.validate_no_broken_transaction()
    with connection.wrap_database_errors:
        sqlite3.Cursor.execute(cursor.cursor, qmark, params)


def _posities(connection: Any, params: tuple, plaatshouders: tuple) -> tuple[tuple[int, int], ...]:
    """Where each placeholder stands among the compiled query's parameters, as (parameter,
    placeholder) pairs: every placeholder at least once, and no two with the same value (which
    of them a parameter is could not be told)."""
    gezocht = [_aangepast(connection, p) for p in plaatshouders]
    posities = []
    for nummer, waarde in enumerate(gezocht):
        gevonden = [i for i, p in enumerate(params) if p == waarde]
        if not gevonden or gezocht.count(waarde) > 1:
            raise ValueError(f"Plaatshouder {plaatshouders[nummer]!r} niet eenduidig gevonden.")
        posities.extend((i, nummer) for i in gevonden)
    return tuple(posities)


@dataclass
class _Gecompileerd:
    connection: Any
    using: str
    compiler: Any
    model: type[models.Model]
    sql: str
    qmark: str | None
    params: tuple
    posities: tuple[tuple[int, int], ...]
    init_list: list[str]
    start: int
    einde: int
    populators: list
    annotaties: dict[str, int]
    converters: dict


class _Voorbereid:
    """Compiled once per thread and per database connection object, then run with the real
    values in the placeholders' places."""

    def __init__(self, maak: Callable[..., Any], *plaatshouders: object) -> None:
        self.maak = maak
        self.plaatshouders = plaatshouders
        self._lokaal = threading.local()

    def _compileer(self) -> Any:
        raise NotImplementedError

    def _gecompileerd(self) -> Any:
        c = getattr(self._lokaal, "c", None)
        if c is None or c.connection is not connections[c.using]:
            c = self._lokaal.c = self._compileer()
        return c

    def _params(self, c: Any, waarden: tuple) -> list:
        if len(waarden) != len(self.plaatshouders):
            raise TypeError(f"{len(self.plaatshouders)} waarden verwacht, {len(waarden)} gekregen.")
        params = list(c.params)
        for positie, nummer in c.posities:
            params[positie] = _aangepast(c.connection, waarden[nummer])
        return params


class VoorbereideQuery(_Voorbereid):
    """`maak(*plaatshouders)` returns the queryset; `eerste(*waarden)` runs it with the real
    values in their place and returns the first object (the queryset should be sliced [:1]),
    as `maak(*waarden).first()` would without its ordering."""

    def _compileer(self) -> _Gecompileerd:
        queryset = self.maak(*self.plaatshouders)
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        params = tuple(params)
        posities = _posities(compiler.connection, params, self.plaatshouders)
        klass_info, select = compiler.klass_info, compiler.select
        start, einde = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        return _Gecompileerd(
            connection=compiler.connection,
            using=queryset.db,
            compiler=compiler,
            model=klass_info["model"],
            sql=sql,
            qmark=_qmark(compiler.connection, sql),
            params=params,
            posities=posities,
            init_list=[f[0].target.attname for f in select[start:einde]],
            start=start,
            einde=einde,
            populators=get_related_populators(klass_info, select, queryset.db),
            annotaties=dict(compiler.annotation_col_map or {}),
            # What results_iter() would look up again for every row set (41 columns here).
            converters=compiler.get_converters([s[0] for s in select[0 : compiler.col_count]]),
        )

    def _voer_uit(self, waarden: tuple, alle: bool) -> tuple[_Gecompileerd, list]:
        c = self._gecompileerd()
        with c.connection.cursor() as cursor:
            _execute(c.connection, cursor, c.sql, c.qmark, self._params(c, waarden))
            rijen = cursor.fetchall() if alle else [r for r in [cursor.fetchone()] if r]
        return c, rijen

    def _objecten(self, c: _Gecompileerd, rijen: list) -> list[models.Model]:
        objecten = []
        if c.converters:
            rijen = c.compiler.apply_converters(rijen, c.converters)
        for rij in rijen:
            obj = c.model.from_db(c.compiler.using, c.init_list, rij[c.start : c.einde])
            for populator in c.populators:
                populator.populate(rij, obj)
            for naam, positie in c.annotaties.items():
                setattr(obj, naam, rij[positie])
            objecten.append(obj)
        return objecten

    def eerste(self, *waarden: object) -> models.Model | None:
        c, rijen = self._voer_uit(waarden, alle=False)
        return self._objecten(c, rijen)[0] if rijen else None

    def alle(self, *waarden: object) -> list[models.Model]:
        c, rijen = self._voer_uit(waarden, alle=True)
        return self._objecten(c, rijen) if rijen else []


@dataclass
class _GecompileerdeWaarden:
    connection: Any
    using: str
    compiler: Any
    sql: str
    qmark: str | None
    params: tuple
    posities: tuple[tuple[int, int], ...]
    converters: dict


class VoorbereideWaarden(_Voorbereid):
    """For a `values_list()` queryset: `rijen(*waarden)` runs it with the real values in the
    placeholders' places and returns its rows as tuples, through Django's converters, as
    iterating `maak(*waarden)` would. The same rules for placeholders as VoorbereideQuery."""

    def _compileer(self) -> _GecompileerdeWaarden:
        queryset = self.maak(*self.plaatshouders)
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        params = tuple(params)
        return _GecompileerdeWaarden(
            connection=compiler.connection,
            using=queryset.db,
            compiler=compiler,
            sql=sql,
            qmark=_qmark(compiler.connection, sql),
            params=params,
            posities=_posities(compiler.connection, params, self.plaatshouders),
            converters=compiler.get_converters(
                [s[0] for s in compiler.select[0 : compiler.col_count]]
            ),
        )

    def rijen(self, *waarden: object) -> list[tuple]:
        c = self._gecompileerd()
        with c.connection.cursor() as cursor:
            _execute(c.connection, cursor, c.sql, c.qmark, self._params(c, waarden))
            rijen = cursor.fetchall()
        if c.converters:
            return [tuple(rij) for rij in c.compiler.apply_converters(rijen, c.converters)]
        return rijen


@dataclass
class _GecompileerdeUpdate:
    connection: Any
    using: str
    sql: str
    qmark: str | None
    params: tuple
    posities: tuple[tuple[int, int], ...]


class VoorbereideUpdate(_Voorbereid):
    """An UPDATE compiled once: `maak(*plaatshouders)` returns the queryset and the values to
    set (as for `queryset.update(**waarden)`); `voer_uit(*waarden)` runs it with the real
    values in the placeholders' places and returns the number of rows it changed. The same
    rules for placeholders as VoorbereideQuery."""

    def _compileer(self) -> _GecompileerdeUpdate:
        queryset, waarden = self.maak(*self.plaatshouders)
        query = queryset.query.chain(djsql.UpdateQuery)
        query.add_update_values(waarden)
        query.annotations = {}
        compiler = query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        if query.related_updates:
            raise ValueError("Een update van gerelateerde modellen is niet voor te bereiden.")
        params = tuple(params)
        posities = _posities(compiler.connection, params, self.plaatshouders)
        qmark = _qmark(compiler.connection, sql)
        return _GecompileerdeUpdate(compiler.connection, queryset.db, sql, qmark, params, posities)

    def voer_uit(self, *waarden: object) -> int:
        c = self._gecompileerd()
        with c.connection.cursor() as cursor:
            _execute(c.connection, cursor, c.sql, c.qmark, self._params(c, waarden))
            return cursor.rowcount
