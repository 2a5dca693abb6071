using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>
/// A 64-bit FNV-1a hash of a page's items, in order: by id where the item has one, by its JSON otherwise. Two pages
/// with the same fingerprint hold the same items, so a list that returns one is repeating itself.
/// </summary>
/// <remarks>
/// Two different pages colliding by chance is about one in 10^11 for a walk of the maximum 10,000 pages; even a
/// collision a server crafts ends the walk with an exception, never a loop.
/// </remarks>
internal struct PageFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _hash;

    private PageFingerprint(ulong hash) => _hash = hash;

    /// <summary>The hash so far.</summary>
    public readonly ulong Value => _hash;

    /// <summary>Fingerprints <paramref name="items"/>: each by <paramref name="idOf"/>, or by its JSON when it has no id.</summary>
    public static ulong Of<TItem>(IReadOnlyList<TItem> items, Func<TItem, string?>? idOf, JsonTypeInfo<TItem> itemType)
    {
        var fingerprint = new PageFingerprint(OffsetBasis);
        fingerprint.Add((ulong)items.Count);
        foreach (var item in items)
        {
            if (item is null)
            {
                fingerprint.Add(0);
            }
            else if (idOf?.Invoke(item) is { } id)
            {
                fingerprint.Add(1);
                fingerprint.Add(id);
            }
            else
            {
                // No id to tell items apart: their content does, as the server sent it (re-serialized).
                fingerprint.Add(2);
                fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(item, itemType));
            }
        }

        return fingerprint.Value;
    }

    private void Add(ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            Add((byte)(value >> (i * 8)));
        }
    }

    private void Add(string text)
    {
        Add((ulong)text.Length);
        foreach (var c in text)
        {
            Add((byte)c);
            Add((byte)(c >> 8));
        }
    }

    private void Add(byte[] bytes)
    {
        Add((ulong)bytes.Length);
        foreach (var b in bytes)
        {
            Add(b);
        }
    }

    private void Add(byte value)
    {
        _hash ^= value;
        _hash *= Prime;
    }
}
