using System.Runtime.CompilerServices;

namespace Dossier.Text.Dedup;

/// <summary>A hash table from 64-bit fingerprint keys to the first paragraph that owned them; later owners are ignored.</summary>
/// <remarks>
/// Open addressing with linear probing over one array of key/value slots, so a look-up costs one cache miss where a
/// <see cref="Dictionary{TKey,TValue}"/> costs two (bucket, then entry). The index makes millions of look-ups into
/// tables far larger than the caches, and this is where marking spends its time. Keys are already well-mixed hashes;
/// Fibonacci hashing spreads them anyway. A stored value is the owner plus one, so a zeroed slot is empty.
/// </remarks>
internal sealed class FirstOwnerTable
{
    private const int MinCapacity = 1024;

    private Slot[] _slots = new Slot[MinCapacity];
    private int _shift = 64 - 10;

    private struct Slot
    {
        public ulong Key;
        public int Owner;
    }

    public int Count { get; private set; }

    public bool TryGetValue(ulong key, out int owner)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Home(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Owner == 0)
            {
                owner = -1;
                return false;
            }
            if (slot.Key == key)
            {
                owner = slot.Owner - 1;
                return true;
            }
        }
    }

    /// <summary>Records <paramref name="owner"/> for <paramref name="key"/> unless the key already has one.</summary>
    public void TryAdd(ulong key, int owner)
    {
        // Grow at 5/8 full: linear probing stays short and the table stays compact.
        if ((Count + 1) * 8 > _slots.Length * 5)
        {
            Grow();
        }
        if (Insert(_slots, _shift, key, owner + 1))
        {
            Count++;
        }
    }

    private static bool Insert(Slot[] slots, int shift, ulong key, int stored)
    {
        int mask = slots.Length - 1;
        for (int i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Owner == 0)
            {
                slot.Key = key;
                slot.Owner = stored;
                return true;
            }
            if (slot.Key == key)
            {
                return false;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int shift = _shift - 1;
        foreach (var slot in old)
        {
            if (slot.Owner != 0)
            {
                Insert(slots, shift, slot.Key, slot.Owner);
            }
        }
        _slots = slots;
        _shift = shift;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
