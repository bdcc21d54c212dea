using Dossier.Core;
using Dossier.TestSupport;
using Dossier.Time.Evaluation;

namespace Dossier.Time.Tests;

/// <summary>The TimeML reader, the TempEval-3 style scorer, and the recorded dev-set threshold.</summary>
public sealed class TimeMlEvaluationTests
{
    /// <summary>Dev value F1 recorded in docs/ACCURACY.md ("## Time"), minus a small margin; raise it when the figure improves.</summary>
    private const double DevValueF1Threshold = 0.795;

    /// <summary>The same figure with another notation of the same days counted (<see cref="ValueNotation"/>), minus a small margin.</summary>
    private const double DevNotationValueF1Threshold = 0.804;

    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
        <TEXT>
        A shooting in <TIMEX3 tid="t2" type="DATE" value="1998-10">last month</TIMEX3> &amp; more, the paper <EVENT eid="e8">reported</EVENT> <TIMEX3 tid="t3" type="DATE" value="1998-11-20">Friday</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_StripsTags_DecodesEntities_AndKeepsOffsets()
    {
        var doc = TimeMlReader.Parse("x", Sample);
        Assert.Equal(new DateOnly(1998, 11, 20), doc.CreationDate);
        Assert.Equal(2, doc.Timexes.Count);
        Assert.Equal("last month", doc.Timexes[0].Span.Slice(doc.Text));
        Assert.Equal("1998-10", doc.Timexes[0].Value);
        Assert.Equal("Friday", doc.Timexes[1].Span.Slice(doc.Text));
        Assert.Contains("& more", doc.Text);
        Assert.DoesNotContain("<", doc.Text);
    }

    [Fact]
    public void Scorer_CountsStrictRelaxedTypeAndValue()
    {
        var gold = new List<GoldTimex> { new(new TextSpan(0, 10), "DATE", "1998-10"), new(new TextSpan(20, 26), "DATE", "1998-11-20") };
        var system = new List<GoldTimex>
        {
            new(new TextSpan(0, 10), "DATE", "1998-10"),     // strict, right value
            new(new TextSpan(17, 26), "DATE", "1998-11-13"), // relaxed, wrong value
            new(new TextSpan(40, 44), "DATE", "1998"),       // false positive
        };
        var s = TimeScorer.Score(gold, system);
        Assert.Equal(1, s.StrictMatches);
        Assert.Equal(2, s.RelaxedMatches);
        Assert.Equal(2, s.TypeCorrect);
        Assert.Equal(1, s.ValueCorrect);
        Assert.Equal(0.5, s.ValueAccuracy, 3);
        Assert.Equal(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.ValueF1, 6);
    }

    [Theory]
    [InlineData("2000-W7", "2000-W07")]
    [InlineData("2000-W7-WE", "2000-W07-WE")]
    [InlineData("197", "197X")]
    [InlineData("19XX", "19")]
    [InlineData("P1E", "P10Y")]
    [InlineData("P2C", "P200Y")]
    [InlineData("P1L", "P1000Y")]
    [InlineData("P2Q", "P6M")]
    [InlineData("PXDE", "PXE")]
    public void ValueNotation_SameDaysInAnotherSpelling_AreTheSame(string a, string b)
    {
        Assert.True(ValueNotation.Same(a, b));
        Assert.True(ValueNotation.Same(b, a));
    }

    [Theory]
    [InlineData("1968-XX", "1968")]
    [InlineData("1989-WXX", "1989-W43")]
    [InlineData("2000-W17", "2000-W07")]
    [InlineData("1989-11-06T17", "1989-11-06T17:00")]
    [InlineData("198", "199X")]
    [InlineData("P2Y", "P2Y6M")]
    [InlineData("PXE", "PXY")]
    [InlineData("P1E", "P1Y")]
    [InlineData("P1Q", "PT3M")]
    [InlineData("PAST_REF", "PXY")]
    public void ValueNotation_DifferentGranularityOrDays_AreNotTheSame(string a, string b)
    {
        Assert.False(ValueNotation.Same(a, b));
    }

    [Fact]
    public void Scorer_CountsSameMeaningBesideExactValues()
    {
        var gold = new List<GoldTimex> { new(new TextSpan(0, 9), "DATE", "2000-W7"), new(new TextSpan(20, 30), "DATE", "1968-XX") };
        var system = new List<GoldTimex> { new(new TextSpan(0, 9), "DATE", "2000-W07"), new(new TextSpan(20, 30), "DATE", "1968") };
        var s = TimeScorer.Score(gold, system);
        Assert.Equal(0, s.ValueCorrect);
        Assert.Equal(1, s.ValueSameMeaning);
        Assert.Equal(0.5, s.NotationValueF1, 6);
    }

    [Fact]
    public void Evaluation_OnTheInlineSample_FindsBothValues()
    {
        var ml = TimeMlReader.Parse("x", Sample);
        var score = TimeEvaluation.Run([ml], new TimeAnnotator());
        Assert.Equal(2, score.ValueCorrect);
    }

    [Fact]
    public void Split_IsDeterministic_AndHoldsOutAboutAQuarter()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => "doc" + i).ToList();
        int dev = ids.Count(TimeEvaluation.IsDev);
        Assert.InRange(dev, 200, 300);
        Assert.Equal(ids.Select(TimeEvaluation.IsDev), ids.Select(TimeEvaluation.IsDev));
    }

    [SharedDataFact]
    public void Dev_ValueF1_StaysAboveTheRecordedThreshold()
    {
        var docs = TimeMlReader.ReadFolder(RepoPaths.SharedDataOrThrow("timeml"));
        var score = TimeEvaluation.Run(TimeEvaluation.Select(docs, DataSplit.Dev), new TimeAnnotator());
        Assert.True(score.Documents > 40, $"only {score.Documents} dev documents");
        Assert.True(score.ValueF1 >= DevValueF1Threshold, $"dev value F1 {score.ValueF1:F3} < {DevValueF1Threshold}");
        Assert.True(score.NotationValueF1 >= DevNotationValueF1Threshold, $"dev value F1 (same meaning) {score.NotationValueF1:F3} < {DevNotationValueF1Threshold}");
        Assert.True(score.NotationValueF1 >= score.ValueF1, "counting another notation of the same days can only add matches");
    }
}
