using YamlDotNet.RepresentationModel;

namespace SecRules.Input;

/// <summary>
/// Reads the keys of one YAML mapping whose allowed keys are declared up front, so that a misspelt
/// key is reported as unknown (naming the keys that were expected) before anything else is read.
/// </summary>
internal sealed class YamlMappingReader
{
    private readonly YamlMappingNode _mapping;
    private readonly string _expected;
    private readonly Dictionary<string, YamlValue> _values = new(StringComparer.Ordinal);
    private readonly string[] _keys;

    public YamlMappingReader(string file, YamlMappingNode mapping, string expected, string[] keys)
    {
        File = file;
        _mapping = mapping;
        _expected = expected;
        _keys = keys;
        foreach (var (key, value) in mapping.Children)
        {
            var keyValue = new YamlValue(file, key);
            var name = keyValue.AsText("a key");
            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                throw keyValue.Error($"unknown key {InputText.Quote(name)} in {expected}; expected one of: {string.Join(", ", keys)}");
            }

            _values[name] = new YamlValue(file, value);
        }
    }

    public string File { get; }

    public SourcePosition Position => YamlInput.Position(File, _mapping);

    public InvalidInputException Error(string problem) => new(Position, problem);

    /// <summary>Gets the value of a key that must be present and not null.</summary>
    public YamlValue Required(string key) =>
        Optional(key) ?? throw Error($"{_expected} has no '{key}'; expected a '{key}' key");

    /// <summary>Gets the value of a key, or null when it is absent or explicitly null.</summary>
    public YamlValue? Optional(string key)
    {
        if (!_keys.Contains(key, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The key '{key}' is read but not declared for {_expected}.");
        }

        return _values.TryGetValue(key, out var value) && !value.IsNull ? value : null;
    }

    /// <summary>Reads a list under <paramref name="key"/>; an absent key is an empty list.</summary>
    public IReadOnlyList<T> List<T>(string key, string itemExpected, Func<YamlValue, T> read) =>
        Optional(key) is { } present
            ? present.AsSequence($"a list of {itemExpected} under '{key}'").Select(read).ToList()
            : [];

    /// <summary>Reads a list under <paramref name="key"/>, or null when the key is absent: for a list whose absence means "not recorded", not "none".</summary>
    public IReadOnlyList<T>? OptionalList<T>(string key, string itemExpected, Func<YamlValue, T> read) =>
        Optional(key) is { } present
            ? present.AsSequence($"a list of {itemExpected} under '{key}'").Select(read).ToList()
            : null;

    /// <summary>Gets the position of a key's value, or of the mapping when the key is absent.</summary>
    public SourcePosition PositionOf(string key) =>
        _values.TryGetValue(key, out var value) ? value.Position : Position;

    /// <summary>Gets the keys present, in the order the file gives them.</summary>
    public IEnumerable<string> Keys => _values.Keys;
}
