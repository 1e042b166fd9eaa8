using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Versioning;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// Evaluates explored scenarios with NRules, doing only the work that can differ from one scenario
/// to the next. Each obligation's rule is evaluated on its own, over the facts it reads, once for
/// each distinct projection of a scenario onto them; scenarios that project alike share the result.
/// The rules that read findings (Event of Default risk) are evaluated together, over the findings of
/// the others they can match.
/// </summary>
/// <remarks>
/// <para>
/// A rule matches only facts of the types its patterns name, so evaluating it over those facts alone
/// gives the findings a session holding every fact gives; findings differ between the versions
/// obligation by obligation, so the differences of a scenario are those of its units together.
/// Projections compare by value (<see cref="ListInterner"/>), the findings a rule reads included.
/// </para>
/// <para>
/// A projection met for the first time is evaluated in a session each thread keeps open for the
/// unit, moved from the last projection by retracting and inserting what differs
/// (<see cref="LiveUnitSession"/>). Thread-safe: results are shared between threads, and each is
/// the same whichever thread made it.
/// </para>
/// </remarks>
internal sealed class ProjectedEvaluator : IScenarioEvaluator
{
    private readonly RulesetVersion _from;
    private readonly RulesetVersion _to;
    private readonly DateOnly _evaluationDate;
    private readonly RuleUnit[] _factUnits;
    private readonly RuleUnit? _readerUnit;
    private readonly int[] _listsRead;
    private readonly View[] _views;
    private readonly int[][] _viewsOfList;
    private readonly Dictionary<RuleUnit, int[]> _slots = [];
    private readonly bool _unitsInOrderOfFrom;
    private readonly bool _unitsInOrderOfTo;
    private readonly ThreadLocal<Workspace> _workspace;
    private readonly ListInterner _lists = new();
    private readonly ListInterner _findings = new();

    public ProjectedEvaluator(ComplianceEngine engine, RulesetVersion from, RulesetVersion to, DateOnly evaluationDate)
    {
        _from = from;
        _to = to;
        _evaluationDate = evaluationDate;
        var units = new List<RuleUnit>();
        var readers = new List<string>();
        foreach (var obligation in to.Obligations.Select(obligation => obligation.Id).Concat(from.Obligations.Select(obligation => obligation.Id)).Distinct(StringComparer.Ordinal))
        {
            var unit = new RuleUnit([obligation], Compile(engine, from, [obligation]), Compile(engine, to, [obligation]));
            if (unit.ReadsFindings)
            {
                readers.Add(obligation);
            }
            else
            {
                units.Add(unit);
            }
        }

        _factUnits = [.. units];
        _readerUnit = readers.Count == 0 ? null : new RuleUnit(readers, Compile(engine, from, readers), Compile(engine, to, readers));
        _listsRead = [.. units.Append(_readerUnit).OfType<RuleUnit>().SelectMany(unit => unit.Lists).Distinct().Order()];

        // Where a unit's rules could match only some facts of a list, it reads a view of the list
        // holding those: its projection, and the facts its sessions hold, are the view's.
        var views = new List<View>();
        foreach (var unit in units.Append(_readerUnit).OfType<RuleUnit>())
        {
            _slots[unit] = [.. unit.Lists.Select((list, index) => unit.Keeps[index] is { } keeps ? FactLists.All.Count + Add(views, new View(list, keeps)) : list)];
        }

        _views = [.. views];
        _viewsOfList = [.. Enumerable.Range(0, FactLists.All.Count).Select(list => Enumerable.Range(0, _views.Length).Where(view => _views[view].List == list).ToArray())];
        _workspace = new(() => new Workspace(_views.Length));
        _unitsInOrderOfFrom = InOrderOf(from);
        _unitsInOrderOfTo = InOrderOf(to);
    }

    public ScenarioEvaluation Evaluate(FactSet facts, bool findingsWanted)
    {
        var numbers = NumbersOf(facts);

        var results = new UnitResult[_factUnits.Length + (_readerUnit is null ? 0 : 1)];
        for (var index = 0; index < _factUnits.Length; index++)
        {
            results[index] = ResultOf(_factUnits[index], facts, numbers, [], keepFindings: true);
        }

        if (_readerUnit is not null)
        {
            var upstream = results[..^1];
            results[^1] = _readerUnit.CanFire(numbers, readFrom: true, readTo: true)
                ? ResultOf(_readerUnit, facts, numbers, Joinable(upstream, facts), keepFindings: findingsWanted)
                : UnitResult.None;
        }

        var transitions = new HashSet<OutcomeTransition>();
        foreach (var result in results)
        {
            transitions.UnionWith(result.Transitions);
        }

        return new ScenarioEvaluation(transitions, () => new FindingsOfBothVersions(
            _from, _to, Assemble(results, result => result.From, _from, _unitsInOrderOfFrom), Assemble(results, result => result.To, _to, _unitsInOrderOfTo)));
    }

    // Of the findings each other unit gave, those the reading rules can join to this scenario's facts
    // (a Panel notice naming the finding's obligation and subject): a finding that joins no fact takes
    // part in no match, and leaving it out lets scenarios that differ only in such findings share one
    // evaluation of the reading rules.
    private UnitResult[] Joinable(UnitResult[] upstream, FactSet facts)
    {
        var joinableFrom = _readerUnit!.From?.Joins.Among(type => FactsOf(facts, type));
        var joinableTo = _readerUnit.To?.Joins.Among(type => FactsOf(facts, type));
        var joinable = new UnitResult[upstream.Length];
        for (var index = 0; index < upstream.Length; index++)
        {
            var result = upstream[index];
            var from = joinableFrom is null ? result.ReadFrom : Array.FindAll(result.ReadFrom, finding => joinableFrom(finding));
            var to = joinableTo is null ? result.ReadTo : Array.FindAll(result.ReadTo, finding => joinableTo(finding));
            joinable[index] = from.Length == result.ReadFrom.Length && to.Length == result.ReadTo.Length
                ? result
                : result with { ReadFrom = from, ReadTo = to, ReadNumbers = (_findings.NumberOf(from), _findings.NumberOf(to)) };
        }

        return joinable;
    }

    // The scenario's facts of a type a rule joins, or null for a type no fact list holds.
    private static List<IFact>? FactsOf(FactSet facts, Type type)
    {
        List<IFact>? found = null;
        foreach (var (factType, read) in FactLists.All)
        {
            if (type.IsAssignableFrom(factType))
            {
                (found ??= []).AddRange(read(facts));
            }
        }

        return found;
    }

    // Scenarios derived from another hold most of its facts, the very objects: a list made of the
    // same objects as the last one numbered on this thread has its number without hashing.
    private int[] NumbersOf(FactSet facts)
    {
        var last = _workspace.Value!;
        var numbers = new int[FactLists.All.Count + _views.Length];
        foreach (var list in _listsRead)
        {
            var current = FactLists.All[list].Read(facts);
            if (!SameObjects(current, last.Lists[list]))
            {
                last.Lists[list] = current;
                last.Numbers[list] = _lists.NumberOf(current);
                foreach (var view in _viewsOfList[list])
                {
                    var kept = Kept(current, _views[view].Keeps);
                    last.Views[view] = kept;
                    last.Numbers[FactLists.All.Count + view] = ReferenceEquals(kept, current) ? last.Numbers[list] : _lists.NumberOf(kept);
                }
            }
        }

        Array.Copy(last.Numbers, numbers, numbers.Length);
        return numbers;
    }

    // The facts of a list some pattern could match: the list itself when that is all of them.
    private static IReadOnlyList<IFact> Kept(IReadOnlyList<IFact> facts, Func<IFact, bool> keeps)
    {
        for (var index = 0; index < facts.Count; index++)
        {
            if (!keeps(facts[index]))
            {
                var kept = new List<IFact>(facts.Count - 1);
                for (var other = 0; other < facts.Count; other++)
                {
                    if (other != index && (other < index || keeps(facts[other])))
                    {
                        kept.Add(facts[other]);
                    }
                }

                return kept;
            }
        }

        return facts;
    }

    // The facts a slot of the numbers stands for in the scenario being evaluated on this thread.
    private IReadOnlyList<IFact> FactsOf(FactSet facts, int slot) =>
        slot < FactLists.All.Count ? FactLists.All[slot].Read(facts) : _workspace.Value!.Views[slot - FactLists.All.Count];

    private static int Add(List<View> views, View view)
    {
        views.Add(view);
        return views.Count - 1;
    }

    private static bool SameObjects(IReadOnlyList<IFact> current, IReadOnlyList<IFact>? last)
    {
        if (last is null || current.Count != last.Count)
        {
            return false;
        }

        for (var index = 0; index < current.Count; index++)
        {
            if (!ReferenceEquals(current[index], last[index]))
            {
                return false;
            }
        }

        return true;
    }

    // The units' findings side by side, in report order: each unit's are in order already, so when
    // the units follow the version's obligation order they need only be put one after the other.
    private static Finding[] Assemble(UnitResult[] results, Func<UnitResult, Finding[]> findings, RulesetVersion version, bool unitsInOrder)
    {
        var all = new List<Finding>();
        foreach (var result in results)
        {
            all.AddRange(findings(result));
        }

        return unitsInOrder ? [.. all] : version.FindingOrder.Sort(all);
    }

    private bool InOrderOf(RulesetVersion version)
    {
        var indexes = _factUnits.Append(_readerUnit).OfType<RuleUnit>().Select(unit => unit.Obligations.Select(version.FindingOrder.IndexOf).ToList()).ToList();
        return indexes.All(unit => unit.Count == 1) && indexes.Select(unit => unit[0]).Zip(indexes.Skip(1).Select(unit => unit[0])).All(pair => pair.First < pair.Second);
    }

    public void Dispose() => _workspace.Dispose();

    private static CompiledRules? Compile(ComplianceEngine engine, RulesetVersion version, IReadOnlyList<string> obligations)
    {
        var known = version.Obligations.Select(obligation => obligation.Id).Where(obligations.Contains).ToList();
        return known.Count == 0 ? null : engine.CompiledFor(version, known);
    }

    // The unit's result for the scenario: looked up by the scenario's projection onto what the unit
    // reads, and evaluated only the first time that projection is met.
    // Results kept for many projections hold only how the findings differ unless the findings are
    // wanted: those of rules reading findings are many and are read by nothing else.
    private UnitResult ResultOf(RuleUnit unit, FactSet facts, int[] numbers, UnitResult[] upstream, bool keepFindings)
    {
        if (!unit.CanFire(numbers, upstream.Any(result => result.ReadFrom.Length > 0), upstream.Any(result => result.ReadTo.Length > 0)))
        {
            return UnitResult.None;
        }

        var slots = _slots[unit];
        var key = new int[slots.Length + (2 * upstream.Length)];
        for (var index = 0; index < slots.Length; index++)
        {
            key[index] = numbers[slots[index]];
        }

        for (var index = 0; index < upstream.Length; index++)
        {
            (key[slots.Length + (2 * index)], key[slots.Length + (2 * index) + 1]) = upstream[index].ReadNumbers;
        }

        var projection = new ProjectionKey(key);
        if (unit.Results.TryGetValue(projection, out var known) && (known.HasFindings || !keepFindings))
        {
            return known;
        }

        var computed = Compute(unit, facts, numbers, upstream, keepFindings);
        return keepFindings ? unit.Results[projection] = computed : unit.Results.GetOrAdd(projection, computed);
    }

    private UnitResult Compute(RuleUnit unit, FactSet facts, int[] numbers, UnitResult[] upstream, bool keepFindings)
    {
        var live = _workspace.Value!.Sessions;
        var parts = unit.Lists.Length + upstream.Length;
        if (!live.TryGetValue(unit, out var sessions))
        {
            live[unit] = sessions = (
                unit.From is null ? null : new LiveUnitSession(unit.From, _from, _evaluationDate, parts),
                unit.To is null ? null : new LiveUnitSession(unit.To, _to, _evaluationDate, parts));
        }

        var before = sessions.From?.Evaluate(Parts(unit, facts, numbers, upstream, result => (result.ReadNumbers.From, result.ReadFrom))) ?? [];
        var after = sessions.To?.Evaluate(Parts(unit, facts, numbers, upstream, result => (result.ReadNumbers.To, result.ReadTo))) ?? [];
        var transitions = FindingDiff.Compare(before, after).Select(change => change.Transition).Distinct().ToArray();
        var matchedFrom = Read(before, _readerUnit?.From);
        var matchedTo = Read(after, _readerUnit?.To);
        var readNumbers = (_findings.NumberOf(matchedFrom), _findings.NumberOf(matchedTo));
        return keepFindings
            ? new UnitResult(before, after, transitions, matchedFrom, matchedTo, readNumbers)
            : new UnitResult([], [], transitions, matchedFrom, matchedTo, readNumbers) { HasFindings = false };
    }

    // The projection as parts a live session swaps one by one: the unit's fact lists, then the
    // findings it reads of each other unit.
    private LiveUnitSession.Part[] Parts(RuleUnit unit, FactSet facts, int[] numbers, UnitResult[] upstream, Func<UnitResult, (int Number, Finding[] Findings)> read)
    {
        var slots = _slots[unit];
        var parts = new LiveUnitSession.Part[slots.Length + upstream.Length];
        for (var index = 0; index < slots.Length; index++)
        {
            parts[index] = new(numbers[slots[index]], FactsOf(facts, slots[index]), []);
        }

        for (var index = 0; index < upstream.Length; index++)
        {
            var (number, findings) = read(upstream[index]);
            parts[slots.Length + index] = new(number, [], findings);
        }

        return parts;
    }

    private static Finding[] Read(Finding[] findings, CompiledRules? readers) =>
        readers is null ? [] : [.. findings.Where(readers.IsRead)];

    /// <summary>A list's facts that some pattern of a unit could match.</summary>
    /// <param name="List">The index of the list in <see cref="FactLists.All"/>.</param>
    /// <param name="Keeps">The test of which facts some pattern could match.</param>
    private sealed record View(int List, Func<IFact, bool> Keeps);

    /// <summary>What one thread keeps between scenarios: the lists of facts it numbered last, their views, the numbers of both, and its open sessions.</summary>
    private sealed class Workspace(int views)
    {
        public IReadOnlyList<IFact>?[] Lists { get; } = new IReadOnlyList<IFact>?[FactLists.All.Count];

        public IReadOnlyList<IFact>[] Views { get; } = new IReadOnlyList<IFact>[views];

        public int[] Numbers { get; } = new int[FactLists.All.Count + views];

        public Dictionary<RuleUnit, (LiveUnitSession? From, LiveUnitSession? To)> Sessions { get; } = [];
    }
}
