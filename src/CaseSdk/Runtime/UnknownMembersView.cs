using System.Collections;
using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>
/// <see cref="UnknownMembers"/> as the <c>IDictionary&lt;string, JsonElement&gt;</c> a model's <c>AdditionalData</c>
/// returns: a member is parsed when it is first looked at and the element is kept; a member added here is written
/// as the element given.
/// </summary>
internal sealed class UnknownMembersView : IDictionary<string, JsonElement>
{
    internal UnknownMembersView(UnknownMembers store)
    {
        Store = store;
    }

    /// <summary>The store this view reads and changes.</summary>
    internal UnknownMembers Store { get; }

    /// <inheritdoc />
    public int Count => Store.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public ICollection<string> Keys => Store.Keys;

    /// <inheritdoc />
    public ICollection<JsonElement> Values => this.Select(member => member.Value).ToList();

    /// <inheritdoc />
    public JsonElement this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No member '{key}'.");
        set => Store.Set(key, value, replace: true);
    }

    /// <inheritdoc />
    public void Add(string key, JsonElement value) => Store.Set(key, value, replace: false);

    /// <inheritdoc />
    public void Add(KeyValuePair<string, JsonElement> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => Store.IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, JsonElement> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<JsonElement>.Default.Equals(value, item.Value);

    /// <inheritdoc />
    public bool TryGetValue(string key, out JsonElement value)
    {
        var index = Store.IndexOf(key);
        value = index >= 0 ? Store.ElementAt(index) : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public bool Remove(string key) => Store.Remove(key);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, JsonElement> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc />
    public void Clear() => Store.Clear();

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
    {
        foreach (var member in this)
        {
            array[arrayIndex++] = member;
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
    {
        for (var i = 0; i < Store.Count; i++)
        {
            yield return new KeyValuePair<string, JsonElement>(Store.KeyAt(i), Store.ElementAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
