namespace Dossier.Language.Tests;

public sealed class TableMemoryTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(3 * 1024 * 1024)]
    public void Allocate_GivesAZeroedArrayOfTheLength_SmallOrOnHugePages(int length)
    {
        var array = TableMemory.Allocate(length);
        Assert.Equal(length, array.Length);
        Assert.True(array.AsSpan().IndexOfAnyExcept(0UL) < 0);
        // Writable end to end, the advised middle included.
        array[0] = 1;
        array[length / 2] = 2;
        array[^1] = 3;
        Assert.Equal(2UL, array[length / 2]);
    }
}
