namespace Dossier.Core.Parallelism;

/// <summary>Prepares items on every core one block ahead while the caller consumes the prepared ones strictly in order.</summary>
/// <remarks>
/// Work that must see items in order (marking repeats, saving) runs on the calling thread. Meanwhile the other cores
/// prepare the next block; when the caller has consumed its block it joins in preparing the next one rather than
/// waiting. So the ordered step neither leaves cores idle nor competes with a full set of workers for its own core.
/// At most two blocks are in memory at once. <c>prepare</c> must be thread-safe; <c>consume</c> runs on the calling
/// thread only, so the result never depends on thread timing.
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
        int helpers = Math.Max(0, Environment.ProcessorCount - 1);
        var current = new Block<TItem, TPrepared>(items, 0, Math.Min(blockSize, items.Count), prepare, cancellationToken);
        current.Start(helpers);
        current.WorkAndWait();
        for (int start = 0; start < items.Count; start += blockSize)
        {
            int nextStart = start + blockSize;
            var next = nextStart < items.Count
                ? new Block<TItem, TPrepared>(items, nextStart, Math.Min(blockSize, items.Count - nextStart), prepare, cancellationToken)
                : null;
            next?.Start(helpers);
            try
            {
                var prepared = current.Results;
                for (int i = 0; i < prepared.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    consume(start + i, items[start + i], prepared[i]);
                    prepared[i] = default!;
                }
            }
            catch
            {
                // Never leave a block running behind the caller's back; its own failure is secondary.
                next?.Abandon();
                throw;
            }
            if (next is not null)
            {
                next.WorkAndWait();
                current = next;
            }
        }
    }

    /// <summary>One block of items, claimed one at a time by helper threads and the caller alike.</summary>
    private sealed class Block<TItem, TPrepared>(IReadOnlyList<TItem> items, int start, int count, Func<TItem, TPrepared> prepare,
        CancellationToken cancellationToken)
    {
        // Not disposed: a helper may still be leaving Set() when the caller wakes, and without a kernel handle
        // (never requested here) there is nothing to release.
        private readonly ManualResetEventSlim _done = new(false);
        private readonly int _count = count;
        private int _next;
        private int _remaining = count;
        private volatile bool _abandoned;
        private Exception? _error;

        public TPrepared[] Results { get; } = new TPrepared[Math.Max(0, count)];

        public void Start(int helpers)
        {
            for (int h = 0; h < Math.Min(helpers, _count); h++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static block => block.Work(), this, preferLocal: false);
            }
        }

        /// <summary>Prepares items alongside the helpers, then waits for the last one and rethrows the first failure.</summary>
        public void WorkAndWait()
        {
            Work();
            _done.Wait(CancellationToken.None);
            if (_error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_error);
            }
            cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>Stops handing out items and waits for those already taken.</summary>
        public void Abandon()
        {
            _abandoned = true;
            Work();
            _done.Wait(CancellationToken.None);
        }

        private void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next) - 1) < _count)
            {
                try
                {
                    if (!_abandoned && _error is null && !cancellationToken.IsCancellationRequested)
                    {
                        Results[i] = prepare(items[start + i]);
                    }
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref _error, ex, null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref _remaining) == 0)
                    {
                        _done.Set();
                    }
                }
            }
        }
    }
}
