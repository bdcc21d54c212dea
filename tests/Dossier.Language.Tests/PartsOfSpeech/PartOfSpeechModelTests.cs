using Dossier.Language.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public class PartOfSpeechModelTests
{
    [Fact]
    public void WriteThenRead_SparseRows_KeepEveryWeightAndShift()
    {
        const int rows = 500;
        var random = new Random(17);
        var keys = new ulong[rows];
        var weights = new sbyte[rows * WeightRows.Width];
        var shifts = new byte[rows * 2];
        for (int r = 0; r < rows; r++)
        {
            keys[r] = (ulong)(r + 1) * 0x9E3779B97F4A7C15UL;
            shifts[2 * r] = (byte)random.Next(0, 9);
            shifts[(2 * r) + 1] = (byte)random.Next(0, 9);
            for (int c = 0; c < WeightRows.Width; c++)
            {
                // Most weights are zero, as in a trained model; the first and last rows are all zero and all set.
                bool set = r == rows - 1 || (r > 0 && random.Next(5) == 0);
                weights[(r * WeightRows.Width) + c] = set ? (sbyte)random.Next(-128, 128) : (sbyte)0;
            }
        }
        var parts = new PartOfSpeechModel.Parts(keys, weights, shifts, [], [], [], [], [], [], []);
        using var stream = new MemoryStream();
        PartOfSpeechModel.Write(stream, parts);
        stream.Position = 0;
        var model = PartOfSpeechModel.Read(stream);

        Span<int> scores = stackalloc int[WeightRows.Width];
        for (int r = 0; r < rows; r++)
        {
            int slot = model.Rows.Find(keys[r]);
            Assert.True(slot >= 0);
            model.Rows.ScoreScalar([slot], scores);
            for (int c = 0; c < WeightRows.Width; c++)
            {
                int expected = weights[(r * WeightRows.Width) + c] << shifts[(2 * r) + (c < WeightRows.Width / 2 ? 0 : 1)];
                Assert.Equal(expected, scores[c]);
            }
        }
    }
}
