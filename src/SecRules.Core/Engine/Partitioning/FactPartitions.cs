using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Engine.Partitioning;

/// <summary>
/// A population split into parts that evaluate apart and give, together, the findings of one
/// session holding every fact: each Party with what belongs to it, and a copy of the shared facts
/// (a Shared Resource Provider, its assessments and their non-compliances) its facts name.
/// </summary>
/// <remarks>
/// <para>
/// Rules join facts through the fields <see cref="FactReferences"/> declares and gather, for one
/// fact, the facts that belong to it. A part therefore holds every fact that belongs to what it
/// holds, and what its facts name. Parties whose facts name each other's (a Panel notice about
/// another Party's User System) share one part. A shared fact is copied into every part that names
/// it, and its own findings are reported from the first of them; facts no Party names form a last part.
/// </para>
/// <para>
/// This rests on one property of the rules, which the property tests check: what a rule gathers
/// about a shared fact it gathers for one Party at a time (the information given to a Party about a
/// provider's assessment, never to every Party at once).
/// </para>
/// </remarks>
internal sealed class FactPartitions
{
    private const int Unresolved = -2;
    private const int Everywhere = -1;

    private static readonly Dictionary<Type, FactReference[]> ReferencesByType = FactReferences.All
        .GroupBy(reference => reference.FactType)
        .ToDictionary(group => group.Key, group => group.ToArray());

    private readonly Dictionary<string, int> _reportedBy;

    private FactPartitions(IReadOnlyList<IReadOnlyList<IFact>> parts, Dictionary<string, int> reportedBy)
    {
        Parts = parts;
        _reportedBy = reportedBy;
    }

    /// <summary>Gets the parts, each with its facts in the order of the fact set.</summary>
    public IReadOnlyList<IReadOnlyList<IFact>> Parts { get; }

    /// <summary>
    /// Gets whether a part reports a finding: a finding that concerns a Party comes from that Party's
    /// part; any other from every part but the copies of a shared fact.
    /// </summary>
    /// <param name="part">The index of the part.</param>
    /// <param name="finding">A finding the part gave.</param>
    /// <returns>False for a finding about a shared fact that an earlier part reports.</returns>
    public bool Reports(int part, Finding finding)
    {
        // A Party lives in one part only, so a finding that concerns it can come from no other.
        var key = finding.Concerning is { Kind: FactKind.Party } concerning ? concerning : finding.Subject;
        return !_reportedBy.TryGetValue(key.Id, out var reporter) || reporter == part;
    }

    /// <summary>Splits a sound fact set.</summary>
    /// <param name="facts">The facts; ids are unique.</param>
    /// <returns>The parts.</returns>
    public static FactPartitions Of(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // With one Party at most there is nothing to split: one part holding every fact is the
        // single session the parts stand for.
        return facts.Parties.Count <= 1
            ? new FactPartitions([[.. facts.All]], new Dictionary<string, int>(StringComparer.Ordinal))
            : new Splitter([.. facts.All]).Split();
    }

    /// <summary>One pass over a population: anchors, then groups, then parts.</summary>
    private sealed class Splitter(List<IFact> facts)
    {
        private readonly Dictionary<string, int> _positions = new(facts.Count, StringComparer.Ordinal);
        private readonly int[] _anchors = new int[facts.Count];
        private readonly int[] _groups = new int[facts.Count];
        private readonly List<string> _targets = [];
        private readonly List<int> _chain = [];

        public FactPartitions Split()
        {
            for (var position = 0; position < facts.Count; position++)
            {
                _positions.TryAdd(facts[position].Id, position);
                _anchors[position] = Unresolved;
                _groups[position] = position;
            }

            for (var position = 0; position < facts.Count; position++)
            {
                Anchor(position);
            }

            var uses = Join();
            return Place(uses);
        }

        // The Party or shared fact a fact belongs to, through its chain of owners; Everywhere for a
        // fact that belongs to neither, which every part then holds.
        private int Anchor(int position)
        {
            _chain.Clear();
            var current = position;
            var anchor = Unresolved;
            while (anchor == Unresolved)
            {
                if (_anchors[current] != Unresolved)
                {
                    anchor = _anchors[current];
                }
                else if (IsRoot(facts[current]))
                {
                    anchor = current;
                }
                else if (Owner(current) is { } owner && _chain.Count < facts.Count)
                {
                    _chain.Add(current);
                    current = owner;
                    continue;
                }
                else
                {
                    anchor = Everywhere;
                }

                _chain.Add(current);
            }

            foreach (var link in _chain)
            {
                _anchors[link] = anchor;
            }

            return anchor;
        }

        private int? Owner(int position)
        {
            foreach (var reference in ReferencesOf(facts[position]))
            {
                if (!reference.BelongsTo)
                {
                    continue;
                }

                _targets.Clear();
                reference.AddTargets(facts[position], _targets);
                foreach (var target in _targets)
                {
                    if (_positions.TryGetValue(target, out var owner))
                    {
                        return owner;
                    }
                }
            }

            return null;
        }

        // Parties whose facts name each other's join one group, and so do providers; a Party that
        // names a provider's facts, or is named by them, uses the provider's group.
        private List<(int Party, int Shared)> Join()
        {
            var uses = new List<(int Party, int Shared)>();
            for (var position = 0; position < facts.Count; position++)
            {
                var from = _anchors[position];
                if (from == Everywhere)
                {
                    continue;
                }

                foreach (var reference in ReferencesOf(facts[position]))
                {
                    _targets.Clear();
                    reference.AddTargets(facts[position], _targets);
                    foreach (var target in _targets)
                    {
                        if (!_positions.TryGetValue(target, out var named))
                        {
                            continue;
                        }

                        var to = _anchors[named];
                        if (to == Everywhere || to == from)
                        {
                            continue;
                        }

                        var fromShared = IsShared(from);
                        if (fromShared == IsShared(to))
                        {
                            Union(from, to);
                        }
                        else
                        {
                            uses.Add(fromShared ? (to, from) : (from, to));
                        }
                    }
                }
            }

            return uses;
        }

        private FactPartitions Place(List<(int Party, int Shared)> uses)
        {
            var partOfGroup = new Dictionary<int, int>();
            var parts = new List<List<IFact>>();
            for (var position = 0; position < facts.Count; position++)
            {
                if (_anchors[position] == position && !IsShared(position) && partOfGroup.TryAdd(Find(position), parts.Count))
                {
                    parts.Add([]);
                }
            }

            var users = new Dictionary<int, SortedSet<int>>();
            foreach (var (party, shared) in uses)
            {
                var group = Find(shared);
                if (!users.TryGetValue(group, out var parties))
                {
                    users[group] = parties = [];
                }

                parties.Add(partOfGroup[Find(party)]);
            }

            var remainder = new List<IFact>();
            var reportedBy = new Dictionary<string, int>(StringComparer.Ordinal);
            var every = Enumerable.Range(0, parts.Count).ToArray();
            for (var position = 0; position < facts.Count; position++)
            {
                var fact = facts[position];
                var anchor = _anchors[position];
                IReadOnlyCollection<int> holders = anchor == Everywhere ? every
                    : !IsShared(anchor) ? [partOfGroup[Find(anchor)]]
                    : users.GetValueOrDefault(Find(anchor)) ?? (IReadOnlyCollection<int>)[];
                if (holders.Count == 0)
                {
                    remainder.Add(fact);
                    continue;
                }

                foreach (var part in holders)
                {
                    parts[part].Add(fact);
                }

                if (anchor == Everywhere || IsShared(anchor) || fact.Kind == FactKind.Party)
                {
                    reportedBy.TryAdd(fact.Id, holders.Min());
                }
            }

            IReadOnlyList<IReadOnlyList<IFact>> all = remainder.Count > 0 ? [.. parts, remainder] : parts;
            return new FactPartitions(all, reportedBy);
        }

        private bool IsShared(int position) => FactReferences.IsShared(facts[position].Kind);

        private static bool IsRoot(IFact fact) => fact.Kind == FactKind.Party || FactReferences.IsShared(fact.Kind);

        private static FactReference[] ReferencesOf(IFact fact) => ReferencesByType.GetValueOrDefault(fact.GetType()) ?? [];

        private int Find(int position)
        {
            while (_groups[position] != position)
            {
                _groups[position] = _groups[_groups[position]];
                position = _groups[position];
            }

            return position;
        }

        private void Union(int first, int second)
        {
            var (a, b) = (Find(first), Find(second));
            if (a != b)
            {
                // The earlier fact leads, so that groups and parts keep the order of the fact set.
                _groups[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
    }
}
