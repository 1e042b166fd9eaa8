using System.Globalization;
using SecRules.Input;

namespace SecRules.Facts;

/// <summary>
/// The fields of one kind of fact (or of a record nested in one), each declared in one line with what
/// it must hold. <see cref="FactSchema"/> declares every fact's fields with it, and
/// <see cref="FactSetValidator"/> checks facts against the declarations.
/// </summary>
/// <typeparam name="T">The fact, or nested record, the fields belong to.</typeparam>
internal sealed class FactFields<T>
    where T : class
{
    private readonly List<Action<T, FactFieldCheck>> _checks = [];
    private readonly List<FactReference> _references = [];

    /// <summary>Gets the fields declared as references to other facts, with whether the fact belongs to the one named.</summary>
    public IReadOnlyList<FactReference> DeclaredReferences => _references;

    /// <summary>Checks every declared field of <paramref name="item"/>.</summary>
    public void Check(T item, FactFieldCheck check)
    {
        foreach (var field in _checks)
        {
            field(item, check);
        }
    }

    /// <summary>Declares text that must be given: not null, not blank, printable.</summary>
    public FactFields<T> Text(string name, Func<T, string?> get) =>
        Add((item, check) => CheckText(check, name, get(item), required: true));

    /// <summary>Declares text that may be null, and is printable when given.</summary>
    public FactFields<T> OptionalText(string name, Func<T, string?> get) =>
        Add((item, check) => CheckText(check, name, get(item), required: false));

    /// <summary>Declares a value of an enum, which must be one of its named values.</summary>
    public FactFields<T> Enum<TEnum>(string name, Func<T, TEnum> get)
        where TEnum : struct, Enum =>
        Add((item, check) => CheckEnum(check, name, get(item)));

    /// <summary>Declares a value of an enum that may be null, and is one of its named values when given.</summary>
    public FactFields<T> Enum<TEnum>(string name, Func<T, TEnum?> get)
        where TEnum : struct, Enum =>
        Add((item, check) =>
        {
            if (get(item) is { } value)
            {
                CheckEnum(check, name, value);
            }
        });

    /// <summary>Declares a list of enum values, each one of its named values.</summary>
    public FactFields<T> Enums<TEnum>(string name, Func<T, IReadOnlyList<TEnum>?> get)
        where TEnum : struct, Enum =>
        Add((item, check) => EachOf(check, name, get(item), (value, at) => CheckEnum(check, at, value)));

    /// <summary>Declares a count, which must be zero or more.</summary>
    public FactFields<T> Count(string name, Func<T, int?> get) =>
        Add((item, check) =>
        {
            if (get(item) is < 0 and var count)
            {
                check.Problem(name, string.Create(CultureInfo.InvariantCulture, $"{count} is negative; expected a count of 0 or more"));
            }
        });

    /// <summary>Declares a date, which must be within <see cref="SupportedDates"/> when given.</summary>
    public FactFields<T> Date(string name, Func<T, DateOnly?> get) =>
        Add((item, check) => CheckDate(check, name, get(item)));

    /// <summary>Declares a date and optional time, whose date must be within <see cref="SupportedDates"/> when given.</summary>
    public FactFields<T> Time(string name, Func<T, FactTime?> get) =>
        Add((item, check) => CheckDate(check, name, get(item)?.Date));

    /// <summary>
    /// Declares the id of the fact this one belongs to (its Party, its assessment, its notification),
    /// which must be given and name a fact of one of <paramref name="kinds"/>.
    /// </summary>
    public FactFields<T> Owner(string name, Func<T, string?> get, params FactKind[] kinds) =>
        Refer(name, belongsTo: true, get).Reference(name, get, kinds, declare: false);

    /// <summary>Declares the id of another fact, which must be given and name a fact of one of <paramref name="kinds"/> (any kind when none is named).</summary>
    public FactFields<T> Reference(string name, Func<T, string?> get, params FactKind[] kinds) =>
        Reference(name, get, kinds, declare: true);

    private FactFields<T> Reference(string name, Func<T, string?> get, FactKind[] kinds, bool declare) =>
        (declare ? Refer(name, belongsTo: false, get) : this).Add((item, check) =>
        {
            if (get(item) is { } id)
            {
                check.Reference(name, id, kinds);
            }
            else
            {
                check.Missing(name, "the id of another fact");
            }
        });

    /// <summary>Declares the id of another fact that may be null, and names a fact of one of <paramref name="kinds"/> when given.</summary>
    public FactFields<T> OptionalReference(string name, Func<T, string?> get, params FactKind[] kinds) =>
        Refer(name, belongsTo: false, get).Add((item, check) =>
        {
            if (get(item) is { } id)
            {
                check.Reference(name, id, kinds);
            }
        });

    /// <summary>Declares a list of ids of other facts, each naming a fact of one of <paramref name="kinds"/>.</summary>
    public FactFields<T> References(string name, Func<T, IReadOnlyList<string>?> get, params FactKind[] kinds)
    {
        if (typeof(IFact).IsAssignableFrom(typeof(T)))
        {
            _references.Add(new FactReference(typeof(T), name, BelongsTo: false, (fact, ids) => ids.AddRange((get((T)(object)fact) ?? []).OfType<string>())));
        }

        return Add((item, check) => EachOf(check, name, get(item), (id, at) =>
        {
            if (id is null)
            {
                check.Missing(at, "the id of another fact");
            }
            else
            {
                check.Reference(at, id, kinds);
            }
        }));
    }

    /// <summary>Declares a list of ids of other facts that may be null (not recorded), each naming a fact of one of <paramref name="kinds"/> when given.</summary>
    public FactFields<T> OptionalReferences(string name, Func<T, IReadOnlyList<string>?> get, params FactKind[] kinds) =>
        References(name, item => get(item) ?? [], kinds);

    /// <summary>Declares the id of an obligation, which must be given and, when the check knows them, one the rules evaluate.</summary>
    public FactFields<T> Obligation(string name, Func<T, string?> get) =>
        Add((item, check) =>
        {
            if (get(item) is { } id)
            {
                check.Obligation(name, id);
            }
            else
            {
                check.Missing(name, "an obligation id");
            }
        });

    /// <summary>Declares a list of records nested in the fact, each checked against its own fields.</summary>
    public FactFields<T> Items<TItem>(string name, Func<T, IReadOnlyList<TItem>?> get, Func<FactFields<TItem>, FactFields<TItem>> fields)
        where TItem : class
    {
        var declared = fields(new FactFields<TItem>());
        return Add((item, check) => EachOf(check, name, get(item), (nested, at) =>
        {
            if (nested is null)
            {
                check.Missing(at, "an item");
            }
            else
            {
                declared.Check(nested, check.Within(at));
            }
        }));
    }

    // Only facts take part in partitioning; records nested in a fact go with it.
    private FactFields<T> Refer(string name, bool belongsTo, Func<T, string?> get)
    {
        if (typeof(IFact).IsAssignableFrom(typeof(T)))
        {
            _references.Add(new FactReference(typeof(T), name, belongsTo, (fact, ids) =>
            {
                if (get((T)(object)fact) is { } id)
                {
                    ids.Add(id);
                }
            }));
        }

        return this;
    }

    private FactFields<T> Add(Action<T, FactFieldCheck> check)
    {
        _checks.Add(check);
        return this;
    }

    private static void EachOf<TValue>(FactFieldCheck check, string name, IReadOnlyList<TValue>? values, Action<TValue, string> each)
    {
        if (values is null)
        {
            check.Missing(name, "a list (empty when there is nothing to list)");
            return;
        }

        for (var index = 0; index < values.Count; index++)
        {
            each(values[index], string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"));
        }
    }

    private static void CheckText(FactFieldCheck check, string name, string? text, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                check.Missing(name, "text");
            }
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            check.Problem(name, "blank; expected text");
        }
        else if (text.FirstOrDefault(c => c is not ('\n' or '\t') && InputText.IsUnprintable(c)) is var control and not default(char))
        {
            check.Problem(name, string.Create(CultureInfo.InvariantCulture,
                $"{InputText.Quote(text)} holds the control character U+{(int)control:X4}; expected printable text"));
        }
    }

    private static void CheckEnum<TEnum>(FactFieldCheck check, string name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!System.Enum.IsDefined(value))
        {
            check.Problem(name, string.Create(CultureInfo.InvariantCulture,
                $"({typeof(TEnum).Name}){Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a named value; expected one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}"));
        }
    }

    private static void CheckDate(FactFieldCheck check, string name, DateOnly? date)
    {
        if (date is { } given && !SupportedDates.Contains(given))
        {
            check.Problem(name, string.Create(CultureInfo.InvariantCulture,
                $"{given:yyyy-MM-dd} is outside the dates SecRules supports; expected a date {SupportedDates.Range}"));
        }
    }
}
