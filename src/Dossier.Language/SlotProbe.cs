using System.Runtime.CompilerServices;

namespace Dossier.Language;

/// <summary>Linear probing over a table of fixed-size slots whose first word is the key (0 = empty), shared by the taggers' weight tables.</summary>
internal static class SlotProbe
{
    /// <summary>The slot holding <paramref name="key"/>, starting at <paramref name="home"/>, or -1 once an empty slot is met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Find(ulong[] slots, int slotWords, int mask, ulong key, int home)
    {
        int slot = home;
        while (true)
        {
            ulong k = slots[slot * slotWords];
            if (k == key)
            {
                return slot;
            }
            if (k == 0)
            {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }
}
