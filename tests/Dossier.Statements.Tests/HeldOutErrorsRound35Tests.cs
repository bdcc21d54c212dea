namespace Dossier.Statements.Tests;

/// <summary>Round 35 (session 20): a content around its speaker's aside, and a refusal's subject after a linking adverb, each on an invented story.</summary>
public sealed class HeldOutErrorsRound35Tests
{
    private const string Harbour = "The harbour board met on Monday to discuss the silting of the main channel.\n\n";

    private const string Rail = "Talks between the two unions and the rail operator resumed on Monday.\n\n";

    [Theory]
    [InlineData("Time, the chairman added, was running out for the old fish market.", "added",
        "Time, the chairman added, was running out for the old fish market")]
    [InlineData("In any case, Ms. Okoro said, the channel had been too shallow for the larger ferries since spring.", "said",
        "In any case, Ms. Okoro said, the channel had been too shallow for the larger ferries since spring")]
    [InlineData("For decades, the harbour master noted, the board has paid for dredging out of mooring fees.", "noted",
        "For decades, the harbour master noted, the board has paid for dredging out of mooring fees")]
    public void SpeakerSetOffInsideTheSentence_InterruptsOneContent(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Harbour + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("On the subject of costs, the chairman added, \"We will not raise the mooring fees this year.\"", "added",
        "\"We will not raise the mooring fees this year.\"")]
    [InlineData("A second dredger, he said, could clear the channel by June.", "said", "A second dredger, he said, could clear the channel by June")]
    public void QuotationAfterTheAside_OrAContentAlreadyWhole_StaysAsItIs(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Harbour + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Still, the rail operator did not specify any further details about the new timetable.", "about", "the rail operator")]
    [InlineData("The rail operator did not specify any further details about the new timetable.", "about", "The rail operator")]
    [InlineData("Meanwhile, the union's regional office would not comment on the new timetable.", "on", "the union's regional office")]
    public void RefusalAfterALinkingAdverb_OrWithItsObjectAsCue_KeepsTheSubjectAsSpeaker(string sentence, string cue, string source)
    {
        var doc = SampleDocuments.FromTextWithNames(Rail + sentence);

        Assert.Equal(source, SampleDocuments.WithCue(doc, cue).Speaker?.Span?.Slice(doc.Text));
    }
}
