using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SecRules.Input;

/// <summary>
/// Passes YamlDotNet's parsing events on while holding the document within <see cref="InputLimits"/>
/// and within what the file formats use, so that what reaches the representation model is small and
/// well-formed: one document, mapping keys that are unique plain text, no tags, aliases only to
/// complete values named before them.
/// </summary>
/// <remarks>
/// Each check fails before YamlDotNet would: its node loader recurses once per level of nesting (a
/// stack overflow at 100,000 levels), hashes keys by their whole content (aliases in keys grow that
/// exponentially), and meets some malformed event streams with exceptions that carry no position.
/// </remarks>
internal sealed class BoundedParser(string file, string text, string expected) : IParser
{
    private readonly Parser _parser = new(new StringReader(text));
    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, int> _anchorSizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private int _nodes;
    private int _documents;

    /// <summary>Gets where reading stopped making sense when YamlDotNet itself cannot say.</summary>
    public SourcePosition LastPosition { get; private set; } = new(file, 1, 1);

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (YamlException exception)
        {
            throw new InvalidInputException(At(exception.Start), YamlSyntax.Describe(exception), exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidInputException(LastPosition, YamlSyntax.CannotReadOn, exception);
        }

        if (moved)
        {
            Check(_parser.Current!);
            LastPosition = At(_parser.Current!.End);
        }

        return moved;
    }

    private void Check(ParsingEvent parsed)
    {
        switch (parsed)
        {
            case DocumentStart:
                _documents++;
                if (_documents > 1)
                {
                    throw Error(parsed, $"the file holds more than one YAML document (text after a '---' or '...' line); expected a single document with {expected}");
                }

                break;
            case NodeEvent or AnchorAlias:
                Enter(parsed);
                break;
            case MappingEnd or SequenceEnd:
                Leave();
                break;
        }
    }

    private void Enter(ParsingEvent value)
    {
        if (value is NodeEvent { Tag.IsEmpty: false } tagged)
        {
            throw Error(value, $"the tag {InputText.Quote(tagged.Tag.Value)} is not supported; expected a value without a '!' tag");
        }

        if (_open.TryPeek(out var parent))
        {
            CountChild(parent, value);
        }
        else if (value is AnchorAlias)
        {
            throw Error(value, $"the document is only an alias; expected {expected}");
        }

        _nodes += value is AnchorAlias alias ? SizeOf(alias) : 1;
        if (_nodes > InputLimits.MaxNodes)
        {
            throw Error(value, Invariant($"the document holds more than {InputLimits.MaxNodes} values, each use of an alias counted as a copy; expected at most {InputLimits.MaxNodes}"));
        }

        switch (value)
        {
            case Scalar scalar when !scalar.Anchor.IsEmpty:
                _anchorSizes[scalar.Anchor.Value] = 1;
                break;
            case SequenceStart or MappingStart:
                if (_open.Count == InputLimits.MaxDepth)
                {
                    throw Error(value, Invariant($"lists and mappings nest more than {InputLimits.MaxDepth} levels deep; expected at most {InputLimits.MaxDepth} levels"));
                }

                var start = (NodeEvent)value;
                if (!start.Anchor.IsEmpty)
                {
                    _openAnchors.Add(start.Anchor.Value);
                }

                _open.Push(new Collection(start, _nodes));
                break;
        }
    }

    private void CountChild(Collection parent, ParsingEvent node)
    {
        parent.Children++;
        if (!parent.IsMapping)
        {
            if (parent.Children > InputLimits.MaxCollectionItems)
            {
                throw Error(node, Invariant($"a list holds more than {InputLimits.MaxCollectionItems} items; expected at most {InputLimits.MaxCollectionItems}"));
            }

            return;
        }

        if (parent.Children % 2 == 0)
        {
            return;
        }

        if (node is not Scalar key)
        {
            throw Error(node, "a mapping key is a list, a mapping or an alias; expected plain text before the ':'");
        }

        parent.Keys ??= new Dictionary<string, Mark>(StringComparer.Ordinal);
        if (!parent.Keys.TryAdd(key.Value, key.Start))
        {
            throw Error(node, Invariant($"the key {InputText.Quote(key.Value)} is given twice in one mapping (first at line {parent.Keys[key.Value].Line}); expected each key once"));
        }

        if (parent.Keys.Count > InputLimits.MaxCollectionItems)
        {
            throw Error(node, Invariant($"a mapping holds more than {InputLimits.MaxCollectionItems} keys; expected at most {InputLimits.MaxCollectionItems}"));
        }

        parent.LastKey = key;
    }

    private int SizeOf(AnchorAlias alias)
    {
        if (_anchorSizes.TryGetValue(alias.Value.Value, out var size))
        {
            return size;
        }

        throw Error(alias, _openAnchors.Contains(alias.Value.Value)
            ? $"the alias *{InputText.Escape(alias.Value.Value)} refers to a value that contains it; expected an alias to a complete value"
            : $"the alias *{InputText.Escape(alias.Value.Value)} names no anchor before it; expected an anchor '&{InputText.Escape(alias.Value.Value)}' earlier in the file");
    }

    private void Leave()
    {
        var closed = _open.Pop();
        if (closed.IsMapping && closed.Children % 2 == 1)
        {
            var key = closed.LastKey!;
            throw new InvalidInputException(At(key.Start), key.Value.Length == 0
                ? "a mapping entry has neither key nor value; expected 'key: value'"
                : $"the key {InputText.Quote(key.Value)} has no value; expected 'key: value'");
        }

        if (!closed.Start.Anchor.IsEmpty)
        {
            _openAnchors.Remove(closed.Start.Anchor.Value);
            _anchorSizes[closed.Start.Anchor.Value] = _nodes - closed.NodesBefore + 1;
        }
    }

    private InvalidInputException Error(ParsingEvent at, string problem) => new(At(at.Start), problem);

    private SourcePosition At(Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A list or mapping still open, with what the checks need to know of it.</summary>
    private sealed class Collection(NodeEvent start, int nodesBefore)
    {
        public NodeEvent Start { get; } = start;

        public int NodesBefore { get; } = nodesBefore;

        public bool IsMapping { get; } = start is MappingStart;

        public int Children { get; set; }

        public Dictionary<string, Mark>? Keys { get; set; }

        public Scalar? LastKey { get; set; }
    }
}
