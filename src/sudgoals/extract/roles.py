"""Roles: what each figure of a sentence is (a change, a level, a baseline), its direction, indicator.

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

from sudgoals.extract.figures import FigureReader
from sudgoals.extract.lexicon import Role
from sudgoals.extract.parts import (
    _INDICATOR_END,
    _MAX_SCAN,
    _MONEY,
    _TIME_UNITS,
    _YEAR_TOKEN,
    Fig,
    Role_,
    Tok,
    _is_year,
    _measured,
)
from sudgoals.model import Direction, Unit

_OPEN = frozenset("([{")
_CLOSE = frozenset(")]}")
_DASHES = frozenset("-–—")
_MAX_INDICATOR_TOKENS = 24
# amounts a verb of change takes as its object with no preposition: money, and mass and energy ("skal kutte
# 110 000 tonn CO2", "spare 500 MWh")
_DIRECT_CHANGE = _MONEY | frozenset({"t", "kg", "kWh", "MWh", "GWh", "kW", "MW", "GW"})
_LINK_BACK = 14  # how far back (tokens) a direction verb may stand before "med"/"by"
# what a count per time is per ("40 om året", "40 a year"): said once, after the from of a from-to
_TIME_PERS = frozenset({"year", "month", "week", "day", "hour"})
# what a verb of making makes: things counted, or lengths ("build 50 km of new cycle lanes")
_MADE_UNITS = frozenset({Unit.COUNT, Unit("m"), Unit("km")})


def _capacity(unit: Unit) -> bool:
    """Whether ``unit`` is a unit of measure of something built or held (MW, GWh, tons, hectares), not a
    time, money or a rate: "etablere 40 MW solceller", "skal ha 40 MW solkraft innen 2030"."""
    return _measured(unit) and not unit.per and unit.base not in _TIME_UNITS and unit.base not in _MONEY


class RoleReader(FigureReader):
    """Roles: what each figure of a sentence is (a change, a level, a baseline), its direction, indicator."""

    # ---------------------------------------------------------------- roles
    def roles(self, toks: list[Tok], a: int, b: int, figs: list[Fig]) -> list[Role_]:
        canons = self.canons
        out: list[Role_] = []
        by_start = {f.i0: f for f in figs}
        lex = self.lex
        carried: dict[int, tuple[Direction, int]] = {}  # a change's direction, past the amount it changes
        for f in figs:
            if f.claimed:
                continue
            after = f.i1
            before = f.i0 - 1
            if f.core1 > f.core0 and f.core1 - f.core0 == self._no_one_at(canons, f.core0, b):
                # "Ingen (nye) børn skal ...": a level of zero of what the sentence goes on to say
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, f.i1, b)))
                continue
            # "fra A til B", "from 1,200 in 2015 to 1,500", "from 84 people in autumn 2022 to 61";
            # "fra" alone, opening a baseline mark ("fra dagens 1.200") or before fillers ("from an average")
            to, noun = self._to_of_from_to(toks, canons, f, b)
            if to < b and self._from_at(toks, canons, f.i0, a) is not None:
                second = by_start.get(to + 1)
                if second is not None and noun and second.unit is not Unit.COUNT:
                    second = None  # "fra 3 skoler til 20 pct.": a count, then a unit
                if second is not None and _measured(f.unit) and second.unit.base != f.unit.base:
                    second = None  # "fra 20 dage til 3 måneder": two units, no from-to of one indicator
                if second is not None:
                    second.claimed = True
                    f.claimed = True
                    out.append(Role_(f, "from"))
                    out.append(Role_(second, "to"))
                    continue
            # "Net migration hit 745,000, up from 606,000": a count and where it came from are a level and its
            # start by the rules roles.count-up-from and roles.count-down-from, not here
            last_figure = next((r for r in reversed(out) if r.what != "count"), None)
            if (
                before >= a
                and (
                    canons[before] in self.fw_from
                    # "to 18 days, from an average of 24 days": "from" before the words that fill
                    or (
                        canons[before] in self.words.fillers
                        and self._from_over_fillers(canons, before, a, most=4)
                    )
                    or self._phrase_before(toks, canons, f.i0, Role.BASELINE_MARK) is not None
                    or self._stated_earlier(toks, canons, f, a)
                )
                and last_figure is not None
                and last_figure.what in ("level", "rel", "abs")
            ):
                # "rose to 48 per cent, up from 43 per cent": the starting level of the figure before
                out.append(Role_(f, "since"))
                continue
            noun_at = before - 1
            target_is = (
                canons[before] in self.fw_target_is and noun_at - 1 >= a and canons[noun_at] in self.is_words
            )
            if target_is:
                noun_at -= 1  # "The target is for 3 million visitors": the noun, a copula and "for"
            # (a share is the rules' level.target-is and roles.labelled-level)
            label = self._target_label(toks, canons, before, a) if f.unit is not Unit.PERCENT else None
            if label is not None:
                # "Target 2030: 560", "The target for 2026/27 is 1,250", "Mål: 450 bostäder": the noun, the
                # year it is set for, and a colon or a copula
                noun_at = label
            closing = (  # "91.2% of trains arrived on time (target 92.5%)", "..., mål 76 procent"
                before - 1 >= a
                and canons[before] in self.words.target_nouns
                and toks[before - 1].text in "(,"
                and any(r.what == "level" and r.fig.unit is f.unit for r in out)
            )
            if closing:
                noun_at, label = before, before
            if (
                before - 1 >= a
                and (
                    canons[before] in self.fw_target_of
                    or target_is
                    or label is not None
                    # "Målet er 100.000 træer": a count (a share there is the rules' level.target-is); "The
                    # target is 8 days": a measure
                    or (canons[before] in self.is_words and (f.unit is Unit.COUNT or _measured(f.unit)))
                )
                and canons[noun_at] in self.words.target_nouns
                and f.factor is None
                and not (after < b and canons[after] in self.adjective_dirs)  # "et mål om 500 flere boliger"
                # "målet om 20 prosent reduksjon": the size of a change aimed at, not a level
                and not (
                    after < b
                    and f.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    and canons[after] in lex.data.change_nouns
                )
            ):
                # "against a target of 95%", "med et mål på 80 pct.", "Målet er 100.000 træer i 2030"
                out.append(Role_(f, "aim"))
                continue
            if f.factor is not None:
                factor_direction = Direction.UP if f.factor > 1 else Direction.DOWN
                if after < b and canons[after] in self.fw_of:
                    after += 1  # "en tredobling af antallet": the object follows "af"
                # "halvere antallet af ...": the object follows; "Frafaldet skal halveres fra 40 til 20 pct."
                # (a passive verb, then where it starts or when): the subject stands before
                passive = (
                    after >= b or canons[after] in self.words.not_an_object or toks[after].kind != "word"
                )
                ind = None if passive else self._indicator_after(toks, canons, after, b)
                if " ".join(canons[f.core0 : f.core1]) in self.words.factor_after_object:
                    # "cut the number of households in temporary accommodation in half": the object between
                    verb = self._verb_before_factor(toks, canons, f.core0, f.core1, a=a, b=b)
                    if verb is not None and verb + 1 < f.core0:
                        ind = self._object_between(toks, canons, verb + 1, f.core0) or ind
                    elif verb is not None:  # "Waiting times will be cut in half": the subject of the passive
                        ind = self._subject_before(toks, canons, verb, a)
                if ind is None and passive:
                    ind = self._subject_before(toks, canons, f.i0, a)
                out.append(Role_(f, "rel", factor_direction, f.core0, ind))
                continue
            # a direction word right after: "150 flere ...", "5 pct. færre ...", "a 35% fall in ...", also
            # after a percent in brackets ("2,000 (40%) more"; the percent is the same change by the rule
            # roles.change-then-its-percent-in-brackets, not here)
            k = after
            if k < b and toks[k].text in _OPEN | _DASHES:
                close = next(
                    (m for m in range(k + 1, min(k + 10, b)) if toks[m].text in _CLOSE | _DASHES), None
                )
                inner = (by_start.get(m) for m in range(k + 1, close if close is not None else k + 1))
                if close is not None and any(
                    g is not None and g.i1 <= close and g.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    for g in inner
                ):
                    k = close + 1
            if k + 1 < b and toks[k].text == "." and canons[k + 1] in self.adjective_dirs:
                k += 1  # "1. flere": OCR's stray dot between the count and its direction word
            direction = self._dir_of(canons[k]) if k < b else None
            if f.share and k < b and canons[k] in self.adjective_dirs:
                # "to ud af tre nye boliger", "two in three new homes": a share of them, not a change
                direction = None
            elif direction is None and k < b and canons[k] in self.adjective_dirs:
                direction = Direction.UP if canons[k] in self.adjective_up else Direction.DOWN
            if direction is not None and f.unit.base in _MONEY and canons[k] in self.words.new_after_measure:
                # "800 mill. kroner nye plasser": the money pays for new things, it is no change
                direction = None
            new_measure = k < b and _measured(f.unit) and canons[k] in self.words.new_after_measure
            if direction is None and new_measure:
                direction = Direction.UP  # "20 km ny cykelsti": that much more, as "20 km nye cykelstier"
            is_rel = f.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
            comparative = (
                is_rel
                and k < b
                and canons[k] in lex.data.comparatives
                # "28 prosent høyere utdanning": a name ("higher education"), not 28 per cent higher
                and not (k + 1 < b and canons[k + 1] in self.words.named_comparatives)
            )
            if direction is None and comparative:
                direction = self._dir_of_any(canons[k])  # "2,3 pct. mere end i 2018", "5% less than"
            if (
                direction is not None
                and toks[k].text[:1].isupper()
                and not toks[k].text.isupper()
                and not is_rel
            ):
                direction = None  # "3 Flere udsatte ...": a page number before a heading, not "3 flere"
            if direction is not None and (
                canons[k] in self.adjective_dirs
                or new_measure
                or comparative
                or (is_rel and self.language == "en")
                or (is_rel and canons[k] in lex.data.change_nouns)  # "20 pct. reduktion i madspildet"
            ):
                ind_start = k + 1
                if ind_start < b and canons[ind_start] in self.fw_in_of:
                    ind_start += 1
                role = Role_(
                    f,
                    "rel" if is_rel else "abs",
                    direction,
                    k,
                    self._indicator_after(toks, canons, ind_start, b),
                )
                out.append(role)
                continue
            further = out[-1] if out and out[-1].what in ("abs", "rel") else None
            if (
                further is not None
                and further.direction is not None
                and further.dir_tok is not None
                and further.fig.unit is f.unit
                and before > a
                and canons[before] in self._up_before_count
                and canons[before - 1] in self.words.conjunctions
            ):
                # "spare 25 mio. kr. i 2026 og yderligere 15 mio. kr. i 2027": a further change of the kind
                # before it, in its direction, not more of something
                own = self._indicator_after(toks, canons, after, b) if f.unit is Unit.COUNT else None
                out.append(Role_(f, further.what, further.direction, further.dir_tok, own or further.ind))
                continue
            if (
                further is not None
                and further.direction is not None
                and further.dir_tok is not None
                and further.fig.unit is f.unit
                and f.unit.base in _MONEY
                and before > a
                and canons[before] in self.words.conjunctions
                and any(_is_year(toks[k]) for k in range(further.fig.i1, before))
                and any(_is_year(toks[k]) for k in range(f.i1, min(f.i1 + 2, b)))
            ):
                # "reduceres med 12 mill. kr i 2026 og 20 mill. kr fra 2027": each amount with a year of its
                # own, a change of the kind before it, in its direction
                out.append(Role_(f, further.what, further.direction, further.dir_tok, further.ind))
                continue
            if not is_rel and before >= a and canons[before] in self._up_before_count:
                preps = lex.data.change_prepositions
                prep = next((j for j in (before - 1, before - 2) if j >= a and canons[j] in preps), None)
                if prep is None and f.unit is Unit.COUNT:  # "an extra 40,000 appointments", "yderligere 500
                    # pladser": more, before the count (not money: "A further £2m will be made available")
                    ind = self._indicator_after(toks, canons, after, b)
                    out.append(Role_(f, "abs", Direction.UP, before, ind))
                    continue
                before = (
                    before if prep is None else prep
                )  # "øges med yderligere 200", "rise by a further 2,000": a change, read below
            linked = self._phrase_before(toks, canons, f.i0, Role.LINK) is not None  # "svarende til 12 pct."
            # "rose by 14% to a record 117,450", "öka till en nivå på 55 procent": back to "to" over fillers
            # (a level preposition among them only after another: "nivå på")
            lp, fillers = before, self.words.fillers
            while (
                lp > max(a, before - 3)
                and canons[lp] in fillers
                and (canons[lp] not in lex.data.level_prepositions or canons[lp - 1] in fillers)
            ):
                lp -= 1
            change = (
                out[-1] if out and out[-1].what in ("abs", "rel") and out[-1].direction is not None else None
            )
            if (
                not linked
                and lp > a
                and canons[lp] in lex.data.level_prepositions
                and change is not None
                and self._reaches_gap(toks, change.fig.i1, lp)
            ):
                # "faldt med 1.200 personer til 98.300", "fell by 13% to 2,440", "rose by 14% to a record
                # 117,450": the figure has no direction of its own; it is the level that change reaches by the
                # rules reaches.change-then-level and reaches.change-comma-level, not here
                out.append(Role_(f, "rel" if is_rel else "count"))
                continue
            # "skal ned på 4,5 pct.", "stige til 1.500", "increase the employment rate to 80%": a level
            if not linked and lp > a and canons[lp] in lex.data.level_prepositions:
                found_any = self._direction_back(toks, canons, lp, a, weak=True)
                if found_any is not None and (
                    canons[lp] not in lex.data.weak_level_prepositions
                    or Role.WEAK in lex.roles(canons[found_any[1]])
                ):
                    direction, dk = found_any
                    ind = self._subject_before(toks, canons, dk, a)
                    if dk < lp - 1:
                        between = self._object_between(toks, canons, dk + 1, lp)
                        if between is not None and between[1] - between[0] >= 2:
                            ind = between
                    out.append(Role_(f, "level", direction, dk, ind))
                    continue
            # "en stigning på 18 pct.", "faldet med 10 pct.", "reduce the number of ... by 2,000"
            if (
                _measured(f.unit)
                and before - 1 > a
                and toks[before].kind == "word"
                and self._dir_of_any(canons[before]) is None
                and toks[before].text.islower()
                and canons[before - 1] in lex.data.change_prepositions
                and self._dir_of(canons[before - 2]) is not None
            ):
                before -= 1  # "faldet med hele 122 tons": a word that stresses the amount between
            if (
                before >= a
                and canons[before] in lex.data.change_prepositions
                and f.unit.measure
                and f.unit is not Unit.COUNT
                and after + 1 < b
                and canons[after] in lex.data.change_prepositions
                and canons[after] != canons[before]
                and (amount := by_start.get(after + 1)) is not None
                and amount.unit is f.unit
                and before - 1 >= a
                and self._dir_of_any(canons[before - 1]) is None
                and (way := self._direction_back(toks, canons, before, a)) is not None
            ):
                # "redusere driftsbudsjettet på 82,6 mrd. kroner med 300 mill. kroner": the first amount is
                # what the noun before it measures (where the change starts: the rule
                # baselines.amount-named-then-its-change), the one after the other preposition the change
                out.append(Role_(f, "count"))
                carried[amount.i0] = way
                continue
            if before >= a and canons[before] in lex.data.change_prepositions:
                found = carried.get(f.i0) or self._direction_back(toks, canons, before, a)
                if (
                    found is None
                    and not is_rel
                    and before - 1 >= a
                    and canons[before - 1] in self.words.up_down
                ):
                    # "skal ned med 10 mio. kr.", "must come down by £10m": the particle is the direction
                    # (a share after it is left to the rules: "ned med 10 pct.", change-after-preposition)
                    particle = self._dir_of_any(canons[before - 1])
                    found = None if particle is None else (particle, before - 1)
                if found is not None:
                    direction, dk = found
                    role = Role_(f, "rel" if is_rel else "abs", direction, dk)
                    role.ind = self._indicator_in(toks, canons, f.i1, b) if dk == before - 1 else None
                    if role.ind is None and dk < before - 1:
                        between = self._object_between(toks, canons, dk + 1, before)
                        if between is not None:
                            role.ind = between  # "hæve tallet med 25 pct.": the object is what changes
                    if role.ind is None:
                        role.ind = self._subject_before(toks, canons, dk, a)
                    out.append(role)
                    continue
            # "skal ned under 3 pct.", "ned under 4 uger": a particle and a bound say where it should end
            if (
                before >= a
                and f.i0 < f.core0
                and canons[before] in self.words.up_down
                and (side := self._phrase_before(toks, canons, f.core0, Role.HEDGE)) is not None
                and side.extra in ("above", "below")
            ):
                side_dir = self._dir_of_any(canons[before])
                out.append(Role_(f, "level", side_dir, before, self._subject_before(toks, canons, before, a)))
                continue
            # "faldet et halvt procentpoint", "fell 35%": a direction verb right before the figure
            if before >= a and toks[before].kind == "word" and canons[before] not in self.adjective_dirs:
                d_before = self._dir_of(canons[before])
                # "2.5 million people ..., up 400,000 since 2019": a count after a comma and "up"/"down"
                comma_up = (
                    canons[before] in self.words.up_down and before - 1 >= a and toks[before - 1].text == ","
                )
                if (
                    d_before is None
                    and (is_rel or comma_up)
                    and canons[before] in self.words.up_down
                    # "make up 11% of the population": a verb's particle, no direction
                    and not (before - 1 >= a and canons[before - 1] in self.words.particle_verbs)
                ):
                    d_before = self._dir_of_any(canons[before])  # "Crime is down 7 per cent", "op 5 pct."
                if d_before is not None and (is_rel or f.unit.base in _DIRECT_CHANGE or comma_up):
                    role = Role_(
                        f,
                        "rel" if is_rel else "abs",
                        d_before,
                        before,
                        self._indicator_in(toks, canons, f.i1, b),
                    )
                    if role.ind is None:
                        role.ind = self._subject_before(toks, canons, before, a)
                    out.append(role)
                    continue
            # "reduceres med 10 mio. kr., svarende til 5 pct. af budgettet": the change again, as a share of
            # what it is taken from
            if (
                is_rel
                and linked
                and after < b
                and canons[after] in self.fw_of
                and out
                and out[-1].what == "abs"
                and not f.share
            ):
                out.append(Role_(f, "rel"))
                continue
            # "95 pct. af en ungdomsårgang", "X pct. af brugerne", "30% of pupils", "hver tredje ung"
            if is_rel and after < b and (canons[after] in self.fw_of or f.share):
                subject = after + 1 if canons[after] in self.fw_of else after
                down_later = self._verb_later(toks, canons, subject, b)
                ind = self._indicator_after(toks, canons, subject, b)
                if down_later is not None and ind is not None and ind[1] > down_later[1]:
                    ind = self._trim((ind[0], down_later[1]), toks, canons)
                if down_later is not None:
                    out.append(Role_(f, "rel", down_later[0], down_later[1], ind))
                else:
                    out.append(Role_(f, "level", None, None, ind))
                continue
            if (
                not is_rel
                and self._bound_hedge(toks, canons, f)
                and (
                    (
                        (f.unit is Unit.COUNT or f.unit.base in _MONEY)  # "skal være mindst 200 mio. kr."
                        and (self._in_item or not self.words.intent.isdisjoint(canons[a:b]))
                    )
                    or _measured(f.unit)  # "Ventetiden må højst være 2 måneder": a standard to keep
                )
            ):
                # "At least 3,000 residents supported into employment" (a list item), "Mindst 500 borgere skal
                # i job": a bound on a count is a level to reach; "at least 200 people attended" is not. After
                # "should be", "skal være" the subject names it ("Response times should be at most 10 days")
                copula = f.i0 - 1 >= a and Role.AUX in lex.roles(canons[f.i0 - 1])
                ind = (
                    self._subject_before(toks, canons, f.i0, a)
                    if copula
                    else self._indicator_after(toks, canons, after, b)
                )
                if ind is None and _measured(f.unit):
                    ind = self._subject_before(toks, canons, f.i0, a)  # "Ventetiden må højst være 2 måneder"
                out.append(Role_(f, "level", None, None, ind))
                continue
            if not is_rel and f.core0 > a and self._time_limit(toks, canons, f.core0, a, b, beside=figs):
                # "Borgerne skal have svar inden for 4 uger", "Søkerne skal få svar innen 14 dager": a time
                # limit to keep is a level at most, named by what the sentence says before its phrase
                if f.i0 == f.core0:  # no hedge of its own: the limit is an upper bound
                    f.canonical = f"{lex.data.hedges['at_most'][0]} {f.canonical}"
                limit = next(
                    len(w) for w in self._time_limit_words if canons[f.core0 - len(w) : f.core0] == w
                )
                out.append(
                    Role_(f, "level", None, None, self._subject_before(toks, canons, f.core0 - limit, a))
                )
                continue
            if (
                not is_rel
                and _measured(f.unit)
                and f.factor is None
                and f.i0 == f.core0
                and self._modal_be_before(canons, before, a)
                and self._year_after(toks, canons, f.i1)
            ):
                # "Sagsbehandlingstiden skal være 8 uger i 2027", "Solar capacity should be 40 MW by 2030":
                # a measure after a modal and a bound verb, with the year it is due, is a level aimed at,
                # named by the subject; with no year ("Uddannelsen skal være 3 år") a length, not a target
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            if (
                not is_rel
                and (f.unit in _MADE_UNITS or _capacity(f.unit))  # "etablere 40 MW solceller inden 2030"
                and f.factor is None
                and before >= a
                and canons[before] in self.words.making_verbs
                and not self.words.intent.isdisjoint(canons[a:b])
            ):
                # "We will plant 100,000 trees by 2030", "Det ska byggas 400 bostäder per år": a count right
                # after a verb of making, in a statement of intent, is a level to reach (what follows names
                # it); "We planted 3,000 trees last year" states no intent and stays a count
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit in _MADE_UNITS
                and f.factor is None
                and (
                    before < a or toks[before].text in ",:"
                )  # "By 2030, 1,000 homes ...", "Retrofit: 2,000 ..."
                and self._made_after(canons, f.i1, b)
            ):
                # "1,000 homes will be built by 2030", "1 000 bostäder ska byggas till 2030": a count that
                # opens its clause, then what it counts, a modal and a verb of making, is a level to reach
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.factor is None
                and f.i0 == f.core0
                and before > a
                and (
                    (
                        canons[before] in self.words.having_verbs
                        # the first figure of its sentence, but for a year or a label's number ("Tiltak 4:"):
                        # "Mindst 80 pct. af eleverne skal have 7 ..." is a grade inside what the share counts
                        and not any(
                            toks[k].kind == "num" and not _is_year(toks[k]) and toks[k + 1].text != ":"
                            for k in range(a, f.i0)
                        )
                    )
                    or (  # "skal ha 12 MW vindkraft og 40 MW solkraft": a second of the same, after "og"
                        canons[before] in self.words.conjunctions
                        and bool(out)
                        and out[-1].what == "level"
                        and out[-1].fig.i0 - 1 >= a
                        and canons[out[-1].fig.i0 - 1] in self.words.having_verbs
                    )
                )
                and not f.hedge_after  # no threshold: "skal have 7 eller derover i dansk"
                # "skal have 300 ton mindre affald i 2030": that much less, a change, no level (rest14)
                and not (f.i1 < b and canons[f.i1] in self.lex.data.comparatives)
                and (f.unit in _MADE_UNITS or _capacity(f.unit))
                and not self.words.intent.isdisjoint(canons[a:before])
                and f.i1 < b
                and toks[f.i1].kind == "word"
                and any(_is_year(toks[k]) for k in (*range(a, before), *range(f.i1, b)))
            ):
                # "Kommunen skal ha 40 MW solkraft innen 2030", "skal have 400 plejeboliger i 2030": a count
                # or a measure that the subject is to have by a year, after a modal and a verb of having, is a
                # level aimed at (what follows names it); with no year ("Styret skal ha 5 medlemmer") a
                # rule of how things are, no target
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.factor is None
                and f.i0 == f.core0
                and before > a
                and canons[before] in self.words.bound_verbs
                and self._dummy_subject_before(canons, before, a)
                and not self.words.intent.isdisjoint(canons[a:before])
                and f.i1 < b
                and toks[f.i1].kind == "word"
            ):
                # "Der skal være 300 lærlinge i 2027", "I 2027 skal det være 300 lærlinger": a count that is
                # to exist, after the dummy subject, a modal and a bound verb, is a level aimed at (what
                # follows names it)
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.core1 == f.core0 + 1
                and canons[f.core0] in self.words.zero_words
                and before > a
                and canons[before] in self.words.bound_verbs
                and not self.words.intent.isdisjoint(canons[a:before])
            ):
                # "Antallet af korridorpatienter skal være nul i 2026": a level of zero, named by the subject
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.factor is None
                and before > a
                and canons[before] in self.words.reaching_verbs
                and not self.words.intent.isdisjoint(canons[a:before])
            ):
                # "The number of residents will reach 17,000 by 2030", "Indbyggertallet skal nå 17.000": a
                # count to reach, named by the subject before the verb
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            out.append(Role_(f, "rel" if is_rel else "count"))
        return out

    def _to_of_from_to(self, toks: list[Tok], canons: list[str], f: Fig, b: int) -> tuple[int, str]:
        """Where the "til"/"to" of a from-to opening with ``f`` stands, and the noun after ``f`` ("" for
        none), or ``(b, "")``. Between ``f`` and "to" may stand one noun of a count ("from 84 people to
        61"), then when the start was measured: a year, with a preposition, a month or a time of year before
        it ("i 2022", "in autumn 2022", "hösten 2022", "i marts 2023"), or a baseline mark ("fra 45 prosent
        i dag til 90 prosent")."""
        k = f.i1
        noun = ""
        per = self._time_per(canons, f, k, b)
        if per:
            k += per  # "fra 40 om året til 120", "from 40 a year to 120": how often, said once (prec15)
        elif (
            k + 1 < b
            and f.unit is Unit.COUNT
            and toks[k].kind == "word"
            and canons[k] not in self.fw_to
            and canons[k] not in self.fw_in
            and canons[k] not in self._when_words
        ):
            noun, k = canons[k], k + 1  # "from 45 days to 30 days", "fra 1.250 borgere i 2022 til 1.190"
            k += self._time_per(canons, f, k, b)  # "fra 40 boliger om året til 120"
        when = k + 1 if k < b and canons[k] in self.fw_in else k
        if when < b and canons[when] in self._times_of_year:
            when += 1
        if when < b and _is_year(toks[when]) and (when > k or toks[when].start > toks[k - 1].end):
            k = when + 1  # "i 2022", "in autumn 2022", "hösten 2022", "2022" with no preposition
            if (
                k + 1 < b
                and toks[k].kind == "sym"
                and toks[k].text in "/-–"
                and toks[k + 1].kind == "num"
                and toks[k].start == toks[k - 1].end
                and toks[k + 1].start == toks[k].end
            ):
                k += 2  # a financial or school year: "from 1,430 in 2022/23 to 1,105", "i 2023/24"
        elif (
            k + 2 < b
            and canons[k] in self.fw_in
            and Role.MONTH in self.lex.roles(canons[k + 1])
            and canons[k + 2] in self.fw_to
            # a figure, not a day of the month ("fra 14 i januar til 21 i juni")
            and (f.unit is not Unit.COUNT or not toks[f.i0].text.isdigit() or int(toks[f.i0].text) > 31)
        ):
            k += 2  # "fra 84 dage i januar til 61 dage i juni", "from 2,310 days in April to 1,480"
        elif k + 1 < b and (now := self.lex.match(canons, k, Role.BASELINE_MARK)) is not None:
            k += now.length
        if k < b and canons[k] in self.fw_to:
            return k, noun
        return b, ""

    def _time_per(self, canons: list[str], f: Fig, k: int, b: int) -> int:
        """How many tokens the time a count ``f`` is per takes at ``k`` ("om året", "pr. år", "a year"), or 0:
        in a from-to it is said once, after the from ("fra 40 om året til 120")."""
        if k + 1 >= b or f.unit is not Unit.COUNT:
            return 0
        hit = self.lex.match(canons, k, Role.UNIT_PER)
        return hit.length if hit is not None and hit.extra in _TIME_PERS and k + hit.length < b else 0

    def _object_between(self, toks: list[Tok], canons: list[str], s: int, e: int) -> tuple[int, int] | None:
        """The words between a direction verb and its preposition as the object that changes ("hæve tallet
        med 25 pct."); ``None`` when they only say when ("faldt i oktober med 1.100", "steg sidste år")."""
        roles = self.lex.roles
        if any(_is_year(toks[k]) or Role.MONTH in roles(canons[k]) for k in range(s, e)):
            return None
        if e - s <= 3 and canons[e - 1] in self.words.time_words:
            return None
        return self._trim((s, e), toks, canons)

    def _stated_earlier(self, toks: list[Tok], canons: list[str], f: Fig, a: int) -> bool:
        """Whether ``f`` is where an indicator stood at an earlier time, given after the figure it is compared
        with: "(2024: 74 procent)", "compared with 52% today", "sammenlignet med 74 pct. i 2022"."""
        i = f.i0
        if i - 3 >= a and toks[i - 1].text == ":" and _is_year(toks[i - 2]) and toks[i - 3].text in "([":
            return True
        ref = self._phrase_before(toks, canons, i, Role.REFERENCE)
        # "compared with", "sammenlignet med", "i forhold til"; not "end i" / "than in" (a year follows those)
        return ref is not None and ref.length > 1 and ref.canonical.split(" ", 1)[0] not in self.words.than

    def _indicator_in(self, toks: list[Tok], canons: list[str], after: int, b: int) -> tuple[int, int] | None:
        """The noun phrase after "i"/"in"/"af"/"of" after a figure: "et fald på 9 pct. i antallet af ..."."""
        if after + 1 >= b or canons[after] not in self.fw_in_of_among:
            return None
        if _is_year(toks[after + 1]) or Role.MONTH in self.lex.roles(canons[after + 1]):
            return None  # "med 70 pct. i 2030", "by 4.99% in April": when, not what
        reference = self.lex.match(canons, after, Role.REFERENCE)
        if reference is not None and reference.length > 1:
            return None  # "i forhold til ..." is a comparison, not what is counted
        found = self._indicator_after(toks, canons, after + 1, b)
        if found is None or all(toks[k].kind == "num" for k in range(*found)):
            return None
        if canons[found[1] - 1] in self.words.time_words:
            return None  # "by almost a quarter in ten years", "på de seneste fem år": when, not what
        return found

    def _direction_back(
        self, toks: list[Tok], canons: list[str], prep: int, a: int, *, weak: bool = False
    ) -> tuple[Direction, int] | None:
        """The nearest direction word before ``prep`` in its clause (``weak`` admits "ned", "op", "up"); not
        one of a threshold that names a group ("reduce the number waiting more than 52 weeks to zero")."""
        for k in range(prep - 1, max(a, prep - _LINK_BACK) - 1, -1):
            if toks[k].text in ",;:" or (toks[k].text == "." and k < prep - 1):
                return None
            if k + 2 < prep and canons[k + 1] in self.words.than and toks[k + 2].kind == "num":
                continue  # "waiting more than 52 weeks", "väntat mer än 90 dagar": a threshold
            d = self._dir_of_any(canons[k]) if weak else self._dir_of(canons[k])
            if (
                d is not None
                and k > a
                and canons[k] in self.words.up_down
                and canons[k - 1] in self.words.particle_verbs
            ):
                continue  # "Lånet tas upp med en ränta på 3 procent": a verb's particle, no direction
            if d is None and k == prep - 1:
                d = self._glued_direction(canons[k])
            if d is not None:
                return d, k
        return None

    def _verb_later(
        self, toks: list[Tok], canons: list[str], start: int, b: int
    ) -> tuple[Direction, int] | None:
        for k in range(start, min(b, start + _MAX_SCAN)):
            if toks[k].text in ".;":
                break
            d = self._dir_of(canons[k])
            if d is not None and canons[k] not in self.adjective_dirs:
                if (
                    k + 1 < b
                    and canons[k + 1] in self.fw_from
                    and not any(
                        toks[j].kind == "num" and not _is_year(toks[j]) for j in range(k + 2, min(b, k + 4))
                    )
                ):
                    continue  # "hver tiende skal falle fra", "falde fra": to drop out, no fall from a figure
                return d, k
        return None

    def _trim(self, rng: tuple[int, int], toks: list[Tok], canons: list[str]) -> tuple[int, int] | None:
        s, e = rng
        roles = self.lex.roles
        aux = self.lex.starts[Role.AUX]  # a single word has the role only if it starts one of its phrases

        def stop(k: int) -> bool:
            return toks[k].kind == "sym" or (canons[k] in aux and Role.AUX in roles(canons[k]))

        def glued(k: int) -> bool:  # the first part of a hyphenated compound: "on-time", "CO2-udledning"
            return k + 1 < e and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end

        while s < e and (
            (stop(s) and not glued(s)) or (toks[s].kind == "num" and self.is_list_mark(toks, s))
        ):
            s += 2 if toks[s].kind == "num" else 1
        # "I 2023 var udledningen", "In 2023 emissions": the year a sentence opens with says when, the verb
        # after it is no part of the name
        k = s + 1 if s + 1 < e and Role.YEAR_PREP in roles(canons[s]) else s
        if k + 1 < e and _is_year(toks[k]) and not glued(k):
            s = k + 1
            if (
                s + 2 < e
                and toks[s].text in "/-–"
                and toks[s + 1].kind == "num"
                and len(toks[s + 1].text) == 2
            ):
                s += 2  # "In 2019/20, apprenticeship starts": a school or financial year
            while s + 1 < e and (canons[s] in self._copulas or stop(s)):
                s += 1
        while e > s:
            if stop(e - 1):
                e -= 1
            elif e - 2 >= s and _is_year(toks[e - 1]) and Role.YEAR_PREP in roles(canons[e - 2]):
                e -= 2  # "... i 2015"
            elif (
                e - 3 >= s
                and toks[e - 1].kind == "num"
                and toks[e - 2].text in "-–/"
                and _is_year(toks[e - 3])
            ):
                e -= 3  # a period "2024-2030", a school year "2022/23"
            elif (
                e - 2 >= s
                and canons[e - 1] in self.words.time_words
                and Role.YEAR_PREP in roles(canons[e - 2])
            ):
                e -= 2  # "... i perioden", "... in the period" (its years taken off above)
            elif (
                e - 3 >= s
                and _is_year(toks[e - 1])
                and self._phrase_before(toks, canons, e - 1, Role.YEAR_PREP)
            ):
                hit = self._phrase_before(toks, canons, e - 1, Role.YEAR_PREP)
                e -= 1 + (hit.length if hit else 0)
            else:
                break
        if e > s and all(toks[k].kind == "num" for k in range(s, e)):
            return None  # "inden 2020" leaves only the year: that names no indicator
        return (s, e) if e > s else None

    def _indicator_after(
        self, toks: list[Tok], canons: list[str], start: int, b: int
    ) -> tuple[int, int] | None:
        link_starts = self.lex.starts[Role.LINK]
        current = toks is self.toks  # else tokens of an earlier chunk: no year map, check the token itself

        def year(k: int) -> bool:
            return bool(self.year_at[k]) if current else _is_year(toks[k])

        if (
            0 < start < b
            and canons[start - 1] in self.words.year_prepositions
            and any(canons[start].endswith(w) for w in self._period_words)
            and (start + 1 >= b or toks[start + 1].kind == "sym")
        ):
            return None  # "reduceres med 50 i aftaleperioden": the period says when, it names nothing
        e = start
        limit = min(b, start + _MAX_INDICATOR_TOKENS)
        # the tokens where none of the tests below can stop the words are skipped through a byte map
        find_stop = self.ind_stop_at.find if current else None
        while e < limit:
            if find_stop is not None:
                e = find_stop(1, e, limit)
                if e < 0:
                    e = limit
                    break
            t = toks[e]
            if t.kind == "num" and self.is_list_mark(toks, e):
                break
            if t.kind == "num" and e > start + 1 and canons[e - 1] in self.fw_from:
                e -= 1  # "en fordobling af ladestanderne fra 40 til 80": the from-to is no part of the name
                break
            if (
                e > start
                and e + 1 < b
                and (
                    year(e + 1) or (e + 2 < b and year(e + 2) and Role.MONTH in self.lex.roles(canons[e + 1]))
                )
                and Role.YEAR_PREP in self.lex.roles(canons[e])
            ):
                break  # "... victims of burglary in 2019 than in 2018", "by March 2026": when, not what
            if canons[e] in self.words.than and toks[e].kind == "word":
                break  # "2.100 færre end året før", "fewer than last year": a comparison, not what is counted
            if t.kind == "sym" and t.text in _INDICATOR_END:
                if t.text == "." and e > start and toks[e - 1].kind == "num":
                    e += 1  # "9. klasse"
                    continue
                break
            if t.kind == "sym" and t.text == "-" and t.start > toks[e - 1].end:
                break
            if (
                canons[e] in link_starts
                and self.lex.match(canons, e, Role.LINK) is not None
                and e > start + 1
                and canons[e] not in self.fw_or
            ):
                hit = self.lex.match(canons, e, Role.LINK)
                if hit is not None and hit.length >= 2:
                    break
            e += 1
        return self._trim((start, e), toks, canons)

    def _subject_before(
        self, toks: list[Tok], canons: list[str], verb: int, a: int
    ) -> tuple[int, int] | None:
        s = verb
        floor = max(a, verb - _MAX_SCAN)  # bounded, so a sentence that never ends stays linear
        while (
            s > floor
            and toks[s - 1].text not in ":;"
            and not (
                toks[s - 1].text == "."
                and s - 1 > a
                and toks[s - 2].kind != "num"
                # "med over 10 pct. fravær": the stop of a unit's abbreviation right after its number, the
                # sentence going on in lower case
                and not (
                    toks[s].kind == "word"
                    and toks[s].text[:1].islower()
                    and s - 3 >= a
                    and toks[s - 3].kind == "num"
                    and self._unit_at(canons, s - 2) is not None
                )
            )
        ):
            if (
                canons[s - 1] in self.fw_that
                and s - 2 >= a
                and (toks[s - 2].text == "," or canons[s - 2] in self.is_words)
            ):
                break  # "Målet er, at fraværet skal falde ...": the subject starts after "at"
            if canons[s - 1] in self.words.clause_openers and s - 2 >= a and toks[s - 2].text == ",":
                break  # "..., while knife crime rose 4%": a new clause, with its own subject
            if (
                canons[s - 1] in self.words.conjunctions
                and toks[s].kind == "word"
                and (
                    (s - 2 >= a and toks[s - 2].text == ",")
                    or not self.words.anaphora.isdisjoint(canons[s : min(s + 3, verb)])
                )
                and any(
                    toks[k].kind == "num" and not _YEAR_TOKEN.fullmatch(toks[k].text)
                    for k in range(floor, s - 1)
                )
            ):
                # "rise by 40 and the employment rate will increase by 3%", "öka med 40, och andelen ...":
                # a clause after one with a figure of its own (not a year) has its own subject
                break
            s -= 1
        return self._trim((self._after_source(canons, s, verb), verb), toks, canons)

    def _after_source(self, canons: list[str], s: int, verb: int) -> int:
        """Where the subject starts when the words from ``s`` open with who says it or by what means and a
        modal after it ("Ifølge borgmesteren skal ventelisten", "Med budgetaftalen skal antallet"): after the
        modal; else ``s``."""
        openers = self.words.source_openers
        if not any(" ".join(canons[s : s + n]) in openers for n in (1, 2, 3)):
            return s
        modal = next((k for k in range(s + 1, verb) if canons[k] in self.words.intent), None)
        return modal + 1 if modal is not None and modal + 1 < verb else s
