using System.Collections;
using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>
/// The members of one JSON object that its model does not define, in JSON order: the serializer's extension data.
/// A member read from JSON is kept as its exact text (<see cref="RawJsonValue"/>, from <see cref="RawJsonConverter"/>) or
/// <c>null</c> for a JSON null, and becomes a <see cref="JsonElement"/> only when a caller asks for it through
/// <see cref="Elements"/>; one set by a caller is held as the <see cref="JsonElement"/> it gave. Objects carry few
/// such members, so one small array of key and value pairs, searched in order, holds them; past
/// <see cref="IndexedFrom"/> members a dictionary finds the keys. When a caller assigns a dictionary of its own, the
/// store stands for that dictionary and reads and writes through it, so later changes to it are written too.
/// </summary>
internal sealed class UnknownMembers : IDictionary<string, object?>
{
    private const int IndexedFrom = 8;

    // A JSON null is held as null and read back as an element of kind Null, as the serializer gives one.
    private static readonly JsonElement NullElement = Parse(new RawJsonValue("null"u8.ToArray()));

    private readonly IDictionary<string, JsonElement>? _callerOwned;

    // Key i at 2i, its value at 2i + 1: one allocation for both.
    private object?[] _entries = Array.Empty<object?>();
    private Dictionary<string, int>? _index;
    private int _count;
    private UnknownMembersView? _view;

    /// <summary>An empty store; the serializer creates one when it meets the first member a model does not define.</summary>
    public UnknownMembers()
    {
    }

    private UnknownMembers(IDictionary<string, JsonElement> callerOwned)
    {
        _callerOwned = callerOwned;
    }

    /// <summary>The members as <see cref="JsonElement"/>s: the caller's own dictionary, or a view that parses each member once.</summary>
    public IDictionary<string, JsonElement> Elements => _callerOwned ?? (_view ??= new UnknownMembersView(this));

    /// <inheritdoc />
    public int Count => _callerOwned?.Count ?? _count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public ICollection<string> Keys => this.Select(member => member.Key).ToList();

    /// <inheritdoc />
    public ICollection<object?> Values => this.Select(member => member.Value).ToList();

    /// <inheritdoc />
    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No member '{key}'.");
        set => Set(key, value, replace: true);
    }

    /// <summary>A store over a caller's dictionary, or null for none.</summary>
    public static UnknownMembers? Over(IDictionary<string, JsonElement>? members) =>
        members is null ? null : members is UnknownMembersView view ? view.Store : new UnknownMembers(members);

    /// <summary>
    /// The store for what the serializer assigns to the extension data: itself, or, under options that do not
    /// create the store, a store holding the members of the dictionary the serializer created (empty then).
    /// </summary>
    public static UnknownMembers? From(IDictionary<string, object?>? members)
    {
        if (members is null or UnknownMembers)
        {
            return (UnknownMembers?)members;
        }

        var store = new UnknownMembers();
        foreach (var member in members)
        {
            store.Set(member.Key, member.Value, replace: true);
        }

        return store;
    }

    /// <summary>A copy to add members to without changing this store (raw texts are shared: they never change).</summary>
    public UnknownMembers Copy()
    {
        var copy = new UnknownMembers();
        foreach (var member in this)
        {
            copy.Set(member.Key, member.Value, replace: true);
        }

        return copy;
    }

    /// <inheritdoc />
    public void Add(string key, object? value) => Set(key, value, replace: false);

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _callerOwned?.ContainsKey(key) ?? IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        if (_callerOwned is not null)
        {
            var found = _callerOwned.TryGetValue(key, out var element);
            value = found ? element : null;
            return found;
        }

        var index = IndexOf(key);
        value = index >= 0 ? WireValue(index) : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public bool Remove(string key)
    {
        if (_callerOwned is not null)
        {
            return _callerOwned.Remove(key);
        }

        var index = IndexOf(key);
        if (index < 0)
        {
            return false;
        }

        _count--;
        Array.Copy(_entries, (2 * index) + 2, _entries, 2 * index, 2 * (_count - index));
        _entries[2 * _count] = null;
        _entries[(2 * _count) + 1] = null;
        _index = null;
        return true;
    }

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc />
    public void Clear()
    {
        if (_callerOwned is not null)
        {
            _callerOwned.Clear();
            return;
        }

        Array.Clear(_entries, 0, 2 * _count);
        _index = null;
        _count = 0;
    }

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var member in this)
        {
            array[arrayIndex++] = member;
        }
    }

    /// <summary>The members as the serializer writes them: raw text, a caller's element, or null.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        if (_callerOwned is not null)
        {
            foreach (var member in _callerOwned)
            {
                yield return new KeyValuePair<string, object?>(member.Key, member.Value);
            }

            yield break;
        }

        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(KeyAt(i), WireValue(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Writes every member as a property of the object being written, as the serializer writes extension data: read
    /// members as their exact text, a caller's elements as they are. For the generated request-body writers.
    /// </summary>
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        if (_callerOwned is not null)
        {
            foreach (var member in _callerOwned)
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }

            return;
        }

        for (var i = 0; i < _count; i++)
        {
            writer.WritePropertyName(KeyAt(i));
            // A stored value is only ever text, an element or null (Set refuses anything else).
            if (!RawJsonConverter.TryWriteStored(writer, WireValue(i)))
            {
                writer.WriteNullValue();
            }
        }
    }

    /// <summary>The position of <paramref name="key"/> in JSON order, or -1.</summary>
    internal int IndexOf(string key)
    {
        if (_count > IndexedFrom)
        {
            var index = _index;
            if (index is null)
            {
                // Built whole before it is published: readers on other threads see none or all of it.
                index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
                for (var i = 0; i < _count; i++)
                {
                    index[KeyAt(i)] = i;
                }

                _index = index;
            }

            return index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(KeyAt(i), key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal string KeyAt(int index) => (string)_entries[2 * index]!;

    /// <summary>The member at <paramref name="index"/> as a <see cref="JsonElement"/>, parsed from its text the first time.</summary>
    internal JsonElement ElementAt(int index)
    {
        switch (_entries[(2 * index) + 1])
        {
            case JsonElement held:
                return held;
            case ParsedMember parsed:
                return parsed.Element;
            case RawJsonValue raw:
                // Kept with its text, so writing it back still gives the exact bytes that were read.
                var element = Parse(raw);
                _entries[(2 * index) + 1] = new ParsedMember(raw, element);
                return element;
            default:
                return NullElement;
        }
    }

    /// <summary>Adds or replaces a member; a replaced member keeps its place, as in a dictionary.</summary>
    internal void Set(string key, object? value, bool replace)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (value is ParsedMember parsed)
        {
            value = parsed.Raw;
        }
        else if (value is not (null or RawJsonValue or JsonElement))
        {
            throw new ArgumentException($"A member the spec does not define cannot hold a {value.GetType().Name}.", nameof(value));
        }

        if (_callerOwned is not null)
        {
            var element = value switch
            {
                JsonElement held => held,
                RawJsonValue raw => Parse(raw),
                _ => NullElement,
            };
            if (replace)
            {
                _callerOwned[key] = element;
            }
            else
            {
                _callerOwned.Add(key, element);
            }

            return;
        }

        var index = IndexOf(key);
        if (index >= 0)
        {
            if (!replace)
            {
                throw new ArgumentException($"A member '{key}' is already present.", nameof(key));
            }

            _entries[(2 * index) + 1] = value;
            return;
        }

        if (2 * _count == _entries.Length)
        {
            // Most objects carry one or two such members: room for two, doubled after.
            Array.Resize(ref _entries, _count == 0 ? 4 : 4 * _count);
        }

        _entries[2 * _count] = key;
        _entries[(2 * _count) + 1] = value;
        _index?.Add(key, _count);
        _count++;
    }

    /// <summary>What is written for the member at <paramref name="index"/>: its raw text, a caller's element, or null.</summary>
    private object? WireValue(int index) => _entries[(2 * index) + 1] is ParsedMember parsed ? parsed.Raw : _entries[(2 * index) + 1];

    private static JsonElement Parse(RawJsonValue raw)
    {
        var reader = new Utf8JsonReader(raw.Utf8);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A member read as text and since parsed: the text is what is written, the element what is handed out.</summary>
    private sealed class ParsedMember
    {
        internal ParsedMember(RawJsonValue raw, JsonElement element)
        {
            Raw = raw;
            Element = element;
        }

        internal RawJsonValue Raw { get; }

        internal JsonElement Element { get; }
    }
}
