using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

/// <summary><c>dossier statements</c> and <c>dossier numbers</c> as tables: article ids stay whole and the text stays readable.</summary>
public sealed class StatementsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void ShortIds_AreAColumn()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", RepoPaths.Samples).Exit);

        var (exit, output, _) = _cli.Run("statements", "--article", "004_30532a4c2225b4c3");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Article", output, StringComparison.Ordinal);
        Assert.Contains("004_30532a4c2225b4c3", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("statements")]
    [InlineData("numbers")]
    public void LongIds_AreHeadings_AndTheTextIsNotSqueezed(string command)
    {
        const string id = "harbour-times_2024-03-14_port-strike-ends-after-eleven-days";
        _cli.Dir.Write("in/" + id + ".txt", "Port strike ends\n\"This is a fair deal for all of our members,\" the union chairman said on Wednesday, "
            + "adding that about 8,000 workers would return to the docks.");
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", _cli.Dir.File("in")).Exit);

        var (exit, output, _) = _cli.Run(command);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(output.Split('\n'), line => line.Trim() == id);
        Assert.DoesNotContain("Article", output, StringComparison.Ordinal);
        Assert.Contains(command == "statements" ? "fair deal for all" : "about 8,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_SaysWhenEachStatementAndNumberIsDated_FromItsOwnSentenceOnly()
    {
        _cli.Dir.Write("in/ferry.txt", "Ferry operator fined\n\nPublished: 12 May 2025\n\nThe operator overloaded its ships on 40 crossings between 2019 and 2022. "
            + "Inspector Maria Lind said the fine of 2 million euros was fair.\n\nThe company said on Friday that it would appeal.\n\nThe union now expects more fines.\n");
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", _cli.Dir.File("in")).Exit);

        var statements = System.Text.Json.JsonDocument.Parse(_cli.Run("statements", "--json").Out).RootElement;
        var numbers = System.Text.Json.JsonDocument.Parse(_cli.Run("numbers", "--json").Out).RootElement;

        var lind = statements.EnumerateArray().Single(s => s.GetProperty("speaker").GetString() == "Maria Lind");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lind.GetProperty("when").ValueKind); // "between 2019 and 2022" is the sentence before's
        var company = statements.EnumerateArray().Single(s => s.GetProperty("cue").GetString() == "said" && s.GetProperty("speaker").GetString() == "company");
        Assert.Equal("Friday", company.GetProperty("when").GetProperty("text").GetString());
        Assert.Equal("2025-05-09", company.GetProperty("when").GetProperty("value").GetString());
        var union = statements.EnumerateArray().Single(s => s.GetProperty("cue").GetString()!.EndsWith("expects", StringComparison.Ordinal));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, union.GetProperty("when").ValueKind); // "now" is no date
        var crossings = numbers.EnumerateArray().Single(q => q.GetProperty("object").GetString() == "crossings");
        Assert.Equal("2019/2022", crossings.GetProperty("when").GetProperty("value").GetString());
    }

    [Fact]
    public void Numbers_MarkAFigureToldAgainInTheNextSentence_KeepingBothSpans()
    {
        _cli.Dir.Write("in/quake.txt", "Quake toll rises in Merrow\n\nPublished: 9 March 2026\n\nThe death toll from the earthquake in Merrow rose to 27 on Monday. "
            + "Police said 27 people were now confirmed dead.\n\nRescuers freed 12 people from the rubble. Another 12 people were injured in an aftershock.\n");
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", _cli.Dir.File("in")).Exit);

        var numbers = System.Text.Json.JsonDocument.Parse(_cli.Run("numbers", "--json").Out).RootElement.EnumerateArray().ToList();
        var table = _cli.Run("numbers").Out;

        var toll = numbers.Single(q => q.GetProperty("object").GetString() == "death toll");
        var dead = numbers.Single(q => q.GetProperty("text").GetString() == "27" && q.GetProperty("object").GetString() == "people");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, toll.GetProperty("restates").ValueKind);
        Assert.Equal(toll.GetProperty("span")[0].GetInt32(), dead.GetProperty("restates").GetProperty("span")[0].GetInt32());
        Assert.NotEqual(toll.GetProperty("span")[0].GetInt32(), dead.GetProperty("span")[0].GetInt32());
        Assert.All(numbers.Where(q => q.GetProperty("value").GetDouble() == 12), q => Assert.Equal(System.Text.Json.JsonValueKind.Null, q.GetProperty("restates").ValueKind));
        Assert.Contains("1 restating a figure told just before", table, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandsReadPartsOfSpeech_AsTheStatementsCleanUpNeedsThem()
    {
        _cli.Dir.Write("in/farm.txt", "Farm protests spread\n\nPublished: 3 March 2025\n\nFarmers began blocking roads near Lyon on Monday but warned that the protests could spread. "
            + "The carrier faced fines of up to 50 million euros, regulators said.\n");
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", _cli.Dir.File("in")).Exit);

        var statements = System.Text.Json.JsonDocument.Parse(_cli.Run("statements", "--json").Out).RootElement;
        var numbers = System.Text.Json.JsonDocument.Parse(_cli.Run("numbers", "--json").Out).RootElement;

        Assert.Contains(statements.EnumerateArray(), s => s.GetProperty("cue").GetString() == "warned" && s.GetProperty("speaker").GetString() == "Farmers");
        Assert.Contains(numbers.EnumerateArray(), q => q.GetProperty("object").GetString() == "fines");
    }

    [Fact]
    public void Json_DatesAnUndatedReportsStatements_FromTheDossiersOtherReports_AsTheExportDoes()
    {
        // The second report has no date of its own, but repeats the first's paragraph and files from a year-less dateline.
        _cli.Dir.Write("in/a.txt", "Dock strike begins\n\nPublished: 14 October 2025\n\nDock workers in Korvik walked out on Monday over pay. "
            + "The port authority said talks would resume next week.\n\nUnion leader Sanna Lind said the strike could last weeks, and that members had voted "
            + "by a large margin to reject the latest offer of a 3% rise.\n");
        _cli.Dir.Write("in/b.txt", "Korvik dock strike enters fourth day\n\nOct 17 (Nordwire) - The port authority said on Friday that 40 ships were waiting "
            + "outside the harbour.\n\nUnion leader Sanna Lind said the strike could last weeks, and that members had voted by a large margin to reject "
            + "the latest offer of a 3% rise.\n");
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", _cli.Dir.File("in")).Exit);

        var statements = System.Text.Json.JsonDocument.Parse(_cli.Run("statements", "--json", "--article", "b").Out).RootElement;

        var waiting = statements.EnumerateArray().Single(s => s.GetProperty("content").GetString()!.Contains("ships", StringComparison.Ordinal));
        Assert.Equal("2025-10-17", waiting.GetProperty("when").GetProperty("value").GetString());
    }
}
