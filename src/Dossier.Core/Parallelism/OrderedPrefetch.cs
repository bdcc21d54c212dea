namespace Dossier.Core.Parallelism;

/// <summary>Prepares items on every core one block ahead while the caller consumes the prepared ones strictly in order.</summary>
/// <remarks>
/// Work that must see items in order (marking repeats, saving) runs on the calling thread and overlaps the parallel
/// preparation of the next block, instead of leaving the other cores idle while it runs. At most two blocks are in
/// memory at once. <c>prepare</c> must be thread-safe; <c>consume</c> runs on one thread only,
/// so the result never depends on thread timing.
/// </remarks>
public static class OrderedPrefetch
{
    public static void ForEach<TItem, TPrepared>(IReadOnlyList<TItem> items, int blockSize, Func<TItem, TPrepared> prepare,
        Action<int, TItem, TPrepared> consume, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        if (items.Count == 0)
        {
            return;
        }
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var current = PrepareBlock(items, 0, blockSize, prepare, options);
        for (int start = 0; start < items.Count; start += blockSize)
        {
            int nextStart = start + blockSize;
            var next = nextStart < items.Count
                ? Task.Run(() => PrepareBlock(items, nextStart, blockSize, prepare, options), cancellationToken)
                : null;
            try
            {
                for (int i = 0; i < current.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    consume(start + i, items[start + i], current[i]);
                    current[i] = default!;
                }
            }
            catch
            {
                // Never leave a block running behind the caller's back; its own failure is secondary.
                try
                {
                    next?.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }
                throw;
            }
            if (next is not null)
            {
                current = next.GetAwaiter().GetResult();
            }
        }
    }

    private static TPrepared[] PrepareBlock<TItem, TPrepared>(IReadOnlyList<TItem> items, int start, int blockSize,
        Func<TItem, TPrepared> prepare, ParallelOptions options)
    {
        var prepared = new TPrepared[Math.Min(blockSize, items.Count - start)];
        Parallel.For(0, prepared.Length, options, i => prepared[i] = prepare(items[start + i]));
        return prepared;
    }
}
