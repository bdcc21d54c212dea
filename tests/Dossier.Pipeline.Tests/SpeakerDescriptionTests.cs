using Dossier.Pipeline;

namespace Dossier.Pipeline.Tests;

/// <summary>Speakers through the whole pipeline, where the recogniser's names and demonyms compete with the statement rules.</summary>
public class SpeakerDescriptionTests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void DescriptionWithADemonym_IsThePersonNamedBefore_NotTheCountry()
    {
        const string text = "Portuguese Finance Minister Ana Costa said on Monday that taxes would fall next year.\n"
            + "Prices will rise before they fall, the Portuguese minister said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var later = Assert.Single(doc.Statements, s => s.Content.Slice(text).StartsWith("Prices", StringComparison.Ordinal));
        Assert.Equal("Ana Costa", later.Speaker?.Name);
    }

    [Fact]
    public void APronounSourceTheTaggerFound_IsThePersonNamedBefore()
    {
        const string text = "Interior Minister Lena Halvorsen said the border would stay open.\n"
            + "She declined to say whether more troops would be sent to the north.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var later = Assert.Single(doc.Statements, s => s.Content.Slice(text).StartsWith("whether", StringComparison.Ordinal));
        Assert.Equal("Lena Halvorsen", later.Speaker?.Name);
    }

    [Fact]
    public void ATitledNameTheTaggerFound_IsTheNameWithItsRole_AndCallingAClaimFalseDeniesIt()
    {
        const string text = "Foreign Minister Tomas Varga, in an interview with a local radio station, called the report \"a fabrication from start to finish\".";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Tomas Varga", statement.Speaker?.Name);
        Assert.Equal("Foreign Minister", statement.Speaker?.Role);
        Assert.True(statement.Speaker?.Entity >= 0);
        Assert.Equal(Dossier.Core.Statements.SpeechAct.Deny, statement.Act);
    }

    [Fact]
    public void SourcesOfACountry_AreUnnamedSources_NotTheCountry()
    {
        const string text = "Kyiv used a new drone to strike a refinery, two Ukrainian security sources told Reuters.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 21));

        var statement = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "told");
        Assert.Equal("two Ukrainian security sources", statement.Speaker?.Name);
    }

    [Fact]
    public void HouseholdsOfACountry_AreThePeople_NotTheCountry()
    {
        const string text = "Roughly one in five American households said in a recent survey that they had cut back on groceries.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 12));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Roughly one in five American households", statement.Speaker?.Name);
    }

    [Fact]
    public void TheSpokespersonLater_IsTheCompanyWhoseSpokespersonSpokeBefore()
    {
        const string text = "Halden Motors is recalling 800,000 vans. A spokesperson for Halden said dealers would replace the sensor. "
            + "\"Safety is our first priority,\" the spokesperson said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 20));

        var quote = Assert.Single(doc.Statements, s => s.Quote is not null);
        Assert.Equal("Halden Motors", quote.Speaker?.Name);
    }

    [Fact]
    public void NoSpeakerOfTheSampleReports_IsADate()
    {
        foreach (var path in Directory.GetFiles(Dossier.TestSupport.RepoPaths.Samples, "*.txt"))
        {
            string text = File.ReadAllText(path);
            var doc = s_annotator.Value.Process(text, null);

            // "On Monday, September 11, it became known …" once gave the speaker "On September".
            Assert.All(doc.Statements, s => Assert.False(s.Speaker?.Span is { } span && IsDateOnly(span.Slice(text)), s.Speaker?.Name));
        }
    }

    private static bool IsDateOnly(string source)
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On", "In", ","];
        foreach (var word in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimEnd(',');
            if (!months.Contains(w) && !days.Contains(w) && !w.All(char.IsDigit))
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public void AFamilyNameAlone_LinksToThePersonNamedBefore()
    {
        const string text = "Foreign ministry spokesperson Mao Ning said Beijing opposed the move. "
            + "\"The other side should stop politicizing trade,\" Mao told a regular news briefing on Wednesday.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 12));

        var first = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        var second = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "told");
        Assert.Equal("Mao Ning", second.Speaker?.Name);
        Assert.True(first.Speaker?.Entity >= 0);
        Assert.Equal(first.Speaker?.Entity, second.Speaker?.Entity);
    }

    [Fact]
    public void HeIsTheLastPersonNamed_EvenWhenOnlyTheTaggerFoundThatStatement()
    {
        const string text = "WHO spokesperson Christian Lindmeier told a briefing that cases had risen by about 30%.\n"
            + "Sudan's health minister, Haitham Ibrahim, said the government had received 1.4 million doses. "
            + "He denied reports that hospitals had run out of fluids.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 8, 3));

        var denial = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "denied");
        Assert.Equal("Haitham Ibrahim", denial.Speaker?.Name);
    }

    [Fact]
    public void ACountrysMinistryInLowerCase_IsTheCountryWithTheMinistryAsRole()
    {
        const string text = "Russia's defence ministry said on Wednesday that its air defences had destroyed 58 drones.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 21));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Russia", statement.Speaker?.Name);
        Assert.Equal("defence ministry", statement.Speaker?.Role);
    }

    [Fact]
    public void NationalityWithABody_IsTheCountry_AndTheBodyItsRole()
    {
        const string text = "In March, Ukrainian prosecutors reported that the army had fired around 50 missiles since January.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Ukraine", statement.Speaker?.Name);
        Assert.Equal("prosecutors", statement.Speaker?.Role);
    }

    [Fact]
    public void SourceStartingInsideAName_TakesTheWholeName()
    {
        const string text = "North Korea has been seeking to tighten its relationship with Russia, while the Kremlin faces growing isolation.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Span is { } span && span.Slice(text) == "Korea");
    }

    [Theory]
    [InlineData("The mayor and the governor are virtually tied, according to a new Harbour Times-Channel 9 poll.")]
    [InlineData("The mayor leads the governor, according to a new Harbour Times poll.")]
    public void AnAdjectiveBeforeASource_IsNoRole(string text)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.NotEqual("new", statement.Speaker?.Role);
    }

    [Fact]
    public void ADescriptionThenANameBetweenCommas_TheNameSpeaksWithTheDescriptionAsRole()
    {
        const string text = "In an interview on Friday, the head of the regional emergency programme, Dr Ana Ferreira, warned that the toll "
            + "could rise. \"We are looking at numbers that could be much higher,\" she said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        Assert.All(doc.Statements, s => Assert.Equal("Ana Ferreira", s.Speaker?.Name));
        var warned = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "warned");
        Assert.Contains("head of the regional emergency programme", warned.Speaker?.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnnamedOfficialAfterARelativeClause_DeniesAndIsTheNextHe()
    {
        const string text = "The agency chief, Maria Lopez, said the roads were closed.\n"
            + "A government official, who spoke on condition of anonymity, denied reports that aid convoys had been held at the border. "
            + "\"That is simply not true,\" he said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var denied = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "denied");
        Assert.Equal(Dossier.Core.Statements.SpeechAct.Deny, denied.Act);
        Assert.Equal("A government official", denied.Speaker?.Span?.Slice(text));
        var quote = Assert.Single(doc.Statements, s => s.Quote is not null && s.Quote.StartsWith("That is", StringComparison.Ordinal));
        Assert.Equal(denied.Speaker?.Name, quote.Speaker?.Name);
    }

    [Fact]
    public void ASecondCueAfterBut_SharesTheSubject()
    {
        const string text = "Portuguese President Carla Mendes, who toured the flooded towns on Wednesday, acknowledged \"shortcomings\" "
            + "in the response but said the situation was now under control.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Equal("Carla Mendes", said.Speaker?.Name);
    }

    [Theory]
    [InlineData("Syrian state media, citing the health ministry, reported that 812 people had died in government-held areas.",
        "health ministry", "Syrian state media")]
    [InlineData("The New York Times reported, citing US officials, that the plan had failed.", "US officials", "New York Times")]
    public void TheCitedSpeaks_AndTheOneCitingRelays_Once(string text, string speaker, string relay)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal(speaker, statement.Speaker?.Name);
        Assert.Contains(statement.Relays, r => r.Name.EndsWith(relay, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In an interview with the BBC, the head of the regional emergency programme, Dr Ana Ferreira, warned that the toll could rise.",
        "BBC", "interview")]
    [InlineData("Speaking to reporters in Lisbon, Mendes said the front was holding.", "reporters", "press")]
    public void ARelayOpeningTheSentence_IsKept(string text, string relay, string medium)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Contains(statement.Relays, r => r.Name == relay && r.Medium == medium);
    }

    [Fact]
    public void AGroupWordWithNoCountry_IsPartOfTheSpeakersName()
    {
        const string text = "Western intelligence officials told reporters on Friday that the shipments had resumed.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Western intelligence officials", statement.Speaker?.Name);
    }

    [Fact]
    public void ATitledPersonAfterAnOrganisation_Speaks_NotTheOrganisation()
    {
        const string text = "Union chairman Kees de Vries said the deal was fair.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("Kees de Vries", statement.Speaker?.Name);
        Assert.Equal("Union chairman", statement.Speaker?.Role);
    }

    [Fact]
    public void AWireDatelineOpeningPlainText_IsNotPartOfTheLeadStatement()
    {
        const string text = "Storm floods coastal towns\n"
            + "LISBON, March 3 (Reuters) - Heavy rain flooded dozens of homes in the Algarve overnight, the civil protection agency said.";

        var doc = s_annotator.Value.Process(text);

        var statement = Assert.Single(doc.Statements);
        Assert.StartsWith("Heavy rain", statement.Content.Slice(text), StringComparison.Ordinal);
        Assert.Equal("Reuters", doc.Metadata.Outlet);
    }

    [Fact]
    public void AReportingVerbInsideACompoundModifier_IsNoCue()
    {
        const string text = "Halden Motors plans to cut about 2,000 jobs over the next three years, the company said on Tuesday, "
            + "as weaker-than-expected demand for electric vans squeezes margins.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 3));

        var statement = Assert.Single(doc.Statements);
        Assert.Equal("said", statement.Cue.Slice(text));
    }

    [Fact]
    public void ASpeechThatHoldsANestedStatement_KeepsItWhole()
    {
        const string text = "Finance director Maja Lind said costs would fall.\n"
            + "She said the group expected savings of about 300 million kronor a year by 2027.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 3));

        var outer = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said" && s.Content.Start > text.IndexOf('\n'));
        Assert.StartsWith("the group expected savings", outer.Content.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAcronymThatSpellsAFunctionWord_IsTheSpeaker()
    {
        const string text = "Cholera cases rise in northern Malawi, WHO says";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 2, 3));

        Assert.Equal("World Health Organization", Assert.Single(doc.Statements).Speaker?.Name);
    }

    [Fact]
    public void PeopleInAPlace_AreTheSpeakers_NotThePlace()
    {
        const string text = "Doctors in Goma said clinics were running short of basic supplies.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 2, 3));

        Assert.Equal("Doctors in Goma", Assert.Single(doc.Statements).Speaker?.Name);
    }

    [Fact]
    public void ACountrysMinisterNamedBetweenCommas_KeepsTheCountryInTheRole()
    {
        const string text = "GENEVA, Aug 9 (Reuters) - The World Health Organization said on Friday that more than 15,600 suspected mpox cases had been "
            + "reported in the Democratic Republic of the Congo so far this year, and warned the outbreak could spread to neighbouring countries.\n"
            + "WHO Director-General Tedros Adhanom Ghebreyesus told a news conference in Geneva that a new strain, known as clade Ib, was spreading \"rapidly\" in South Kivu province.\n"
            + "Congo's health minister, Roger Kamba, said the government had ordered 3 million vaccine doses but that none had yet arrived. \"We are waiting,\" he said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 8, 9));

        Assert.All(doc.Statements.Where(s => s.Speaker?.Name == "Roger Kamba"), s => Assert.Equal("Congo's health minister", s.Speaker?.Role));
        Assert.Contains(doc.Statements, s => s.Speaker?.Name == "Roger Kamba");
    }

    [Fact]
    public void AHeadlinesOpeningNameBeforeACommonNoun_StaysInItsTrailingSourcesContent()
    {
        const string text = "Cholera cases rise in northern Malawi, WHO says";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 2, 3));

        Assert.Equal("Cholera cases rise in northern Malawi", Assert.Single(doc.Statements).Content.Slice(text));
    }

    [Fact]
    public void ADateLineInPlainText_IsThePublicationDate_WhenNoneIsGiven()
    {
        const string text = "Storm floods coastal towns\nPublished 2025-06-20\nHeavy rain flooded homes on Monday, police said.";

        var doc = s_annotator.Value.Process(text);

        Assert.Equal(new DateOnly(2025, 6, 20), doc.Metadata.Published);
        Assert.Contains(doc.Times, t => t.Span.Slice(text) == "Monday" && t.ValueText == "2025-06-16");
    }

    [Fact]
    public void ASpeechThatHoldsATaggedNestedCue_KeepsItWhole()
    {
        const string text = "WARSAW, Oct 10 (Reuters) - Support for Poland's ruling party has fallen to 33%, its lowest level in four years, "
            + "a survey by the IBRiS institute for the daily Rzeczpospolita showed on Tuesday.\n"
            + "The opposition coalition led by former prime minister Donald Tusk polled 31%, within the survey's margin of error of 3 percentage points.\n"
            + "\"The race is wide open,\" said Jan Kowalski, a political scientist at the University of Warsaw. He added that turnout among young voters could decide the outcome.\n"
            + "A government spokesman, Piotr Muller, dismissed the poll as \"one snapshot among many\" and said the party expected to win a third term.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2023, 10, 10));

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said" && s.Speaker?.Name == "Piotr Muller");
        Assert.Equal("the party expected to win a third term", said.Content.Slice(text));
    }

    [Fact]
    public void QuantitiesAlone_ReadTheSameAsWithTokens()
    {
        const string text = "Wage growth of nearly 5% remained a concern, the minister said. The blast left 40 wounded soldiers. "
            + "Health officials reported more than 1,200 suspected cholera cases.";
        var day = new DateOnly(2025, 5, 20);
        var alone = DossierAnnotator.Create(new AnnotatorOptions { Annotations = Annotations.Quantities }).Process(text, day);
        var tagged = DossierAnnotator.Create(new AnnotatorOptions { Annotations = Annotations.Quantities | Annotations.Tokens }).Process(text, day);

        Assert.Equal(alone.Quantities.Select(q => (q.Span, q.Object)), tagged.Quantities.Select(q => (q.Span, q.Object)));
        Assert.Null(Assert.Single(alone.Quantities, q => q.Unit == "%").Object);
        Assert.Contains(alone.Quantities, q => q.Object == "wounded soldiers");
    }

    [Fact]
    public void TheClauseAfterAWireDateline_KeepsItsSubject()
    {
        const string text = "US says Turkish forces pulling back from Syria border\n\nOctober 5, 2023\n\n"
            + "WASHINGTON — Turkey has begun withdrawing some of its forces from the border with Syria, a U.S. official said on Wednesday, "
            + "days after Washington warned of a major build-up.\n\n"
            + "\"We are seeing a drawdown of Turkish forces,\" the official told Reuters, speaking on condition of anonymity.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2024, 5, 6));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Equal("Turkey has begun withdrawing some of its forces from the border with Syria", s.Content.Slice(text));
    }
}
