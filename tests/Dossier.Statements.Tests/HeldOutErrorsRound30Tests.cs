namespace Dossier.Statements.Tests;

/// <summary>Content repairs from the held-out train errors of round 30 (session 18), each on an invented story.</summary>
public sealed class HeldOutErrorsRound30Tests
{
    private const string Lead = "The city's central library closed in March after a leak in its roof.\n\n";

    [Theory]
    [InlineData("A reporter asked Councillor Mbeki if she would ever back the closure plan.", "asked", "if she would ever back the closure plan")]
    [InlineData("Readers asked him then if the reading room would stay shut.", "asked", "if the reading room would stay shut")]
    [InlineData("A pensioner asked the chief librarian Agnes Pryce how long the repairs would take.", "asked", "how long the repairs would take")]
    [InlineData("Two readers kept asking her then why the archive had been moved to a warehouse.", "asking",
        "why the archive had been moved to a warehouse")]
    public void HearerOfAQuestion_IsNotPartOfItsContent(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The mayor urged residents to return their borrowed books by post.", "urged", "residents to return their borrowed books by post")]
    [InlineData("The contractor told the council he would only start the repairs if the insurer paid first.", "told",
        "he would only start the repairs if the insurer paid first")]
    public void ObjectBeforeAnInfinitiveOrAClause_Stays(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Leaving the council chamber after a two-hour debate, Mayor Okafor said the library would reopen in \"the first week of June.\"",
        "the library would reopen in \"the first week of June.\"")]
    [InlineData("Emerging from a closed meeting with the insurers, Mayor Okafor said the repairs would cost \"far less than we feared.\"",
        "the repairs would cost \"far less than we feared.\"")]
    public void OpeningCircumstanceBeforeTheSpeaker_IsNotPartOfTheContent(string sentence, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }
}
