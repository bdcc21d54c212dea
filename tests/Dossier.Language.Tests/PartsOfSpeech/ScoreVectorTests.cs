using Dossier.Language.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public sealed class ScoreVectorTests
{
    [Fact]
    public void Score_EqualsTheScalarSum_ForAnyRowsAndShifts()
    {
        var random = new Random(5);
        const int RowCount = 300;
        var weights = new sbyte[RowCount * TagSet.Count];
        random.NextBytes((byte[])(Array)weights);
        var shifts = new byte[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            shifts[r] = (byte)random.Next(0, 12);
        }
        var vector = new int[TagSet.Count];
        var scalar = new int[TagSet.Count];
        for (int round = 0; round < 200; round++)
        {
            var rows = new int[random.Next(0, 57)];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(RowCount);
            }
            PartOfSpeechTagger.Score(weights, shifts, rows, vector);
            PartOfSpeechTagger.ScoreScalar(weights, shifts, rows, scalar);
            Assert.Equal(scalar, vector);
        }
    }
}
