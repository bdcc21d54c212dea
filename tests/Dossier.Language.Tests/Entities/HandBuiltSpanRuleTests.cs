using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Tokens;
using Dossier.Language.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Span rules run on a sentence whose tagger output is built by hand (the mistake each rule mends), so a test does
/// not depend on what the trained tagger happens to get right.</summary>
public sealed class HandBuiltSpanRuleTests
{
    [Fact]
    public void AFirstNameInCapitals_JoinsThePersonsNameInCapitals()
    {
        var s = new Tokens("Jane Doe and MARTA VIDAL took the oath .");
        var output = s.Mentions(("Jane Doe", EntityType.Person), ("VIDAL", EntityType.Person));
        EntityRecognizer.Default.JoinCapitalFirstName(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Contains(("MARTA VIDAL", EntityType.Person), s.Names(output));
    }

    [Fact]
    public void AHeadlineInCapitals_KeepsItsWordsApart()
    {
        var s = new Tokens("SENATE CONFIRMS VIDAL");
        var output = s.Mentions(("VIDAL", EntityType.Person));
        EntityRecognizer.Default.JoinCapitalFirstName(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("VIDAL", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void APlaceBeforeAPaperPressOrWeekly_IsTheNewspaper()
    {
        var s = new Tokens("The plan was reported by the Denver Press , the Leeds Paper and Boston Weekly .");
        var output = s.Mentions(("Denver Press", EntityType.Loc), ("Leeds", EntityType.Loc), ("Boston", EntityType.Gpe));
        EntityRecognizer.JoinPlaceAndPaper(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Denver Press", EntityType.Org), ("Leeds Paper", EntityType.Org), ("Boston Weekly", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ACompassWordAfterThe_IsARegion_AndAfterARouteNumber_NoName()
    {
        var s = new Tokens("Voters in the Midwest were split , and drivers took I - 70 West to the coast .");
        var output = s.Mentions(("West", EntityType.Org));
        EntityRecognizer.CompassRegions(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Midwest", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ACompassWordOpeningALongerName_IsLeftAlone()
    {
        var s = new Tokens("Talks in the South - Eastern region and the West Bank went on .");
        var output = s.Mentions(("West Bank", EntityType.Loc));
        EntityRecognizer.CompassRegions(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("West Bank", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AStateCodeAfterAPlaceAndAComma_IsAPlace()
    {
        var s = new Tokens("The diner near Guymon , OK , opens at six .");
        var output = s.Mentions(("Guymon", EntityType.Loc));
        EntityRecognizer.StateCodeAfterPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Guymon", EntityType.Loc), ("OK", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AStatesAbbreviationAfterAPlaceAndAComma_IsAPlace()
    {
        var s = new Tokens("The diner near Ocala , Fla. , opens at six .");
        var output = s.Mentions(("Ocala", EntityType.Loc));
        EntityRecognizer.StateCodeAfterPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Ocala", EntityType.Loc), ("Fla.", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ANameTheTaggerTookForAPerson_BeforeACommaAndAState_IsAPlace_ButNotInAListOfPeople()
    {
        var s = new Tokens("A boy from Harlow Creek , Texas , was arrested , and Tom Harlan , Virginia Mills and Ann Cole signed .");
        var output = s.Mentions(("Harlow Creek", EntityType.Person), ("Texas", EntityType.Loc), ("Tom Harlan", EntityType.Person),
            ("Virginia Mills", EntityType.Person), ("Ann Cole", EntityType.Person));
        EntityRecognizer.Default.PlaceBeforeItsState(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Harlow Creek", EntityType.Loc), ("Texas", EntityType.Loc), ("Tom Harlan", EntityType.Person),
            ("Virginia Mills", EntityType.Person), ("Ann Cole", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AMunicipalityOrCountyOfAPlace_IsItsLocalGovernment()
    {
        var s = new Tokens("The County of Kaloa sued , and the Municipality of Brenta Alta paid .");
        var output = s.Mentions(("Kaloa", EntityType.Person), ("Brenta Alta", EntityType.Loc));
        EntityRecognizer.LocalGovernmentOfPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("County of Kaloa", EntityType.Org), ("Municipality of Brenta Alta", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ASpanEndingInAndAKnownName_IsTwoNames_ButNotBeforeAnArticle()
    {
        var s = new Tokens("Envoys of the Untied Nations and United States met the Front for Iraq and the Levant .");
        var output = s.Mentions(("Untied Nations and United States", EntityType.Org), ("Front for Iraq and the Levant", EntityType.Org));
        EntityRecognizer.Default.SplitKnownPair(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Untied Nations", EntityType.Org), ("United States", EntityType.Gpe), ("Front for Iraq and the Levant", EntityType.Org)],
            s.Names(output));
    }

    [Fact]
    public void ADemonymBeforeABodysName_IsOneOrganisation_ButNotBeforeAKnownBody()
    {
        var s = new Tokens("The Moldovan Orthodox Church and the British Red Cross sent aid .");
        var output = s.Mentions(("Moldovan", EntityType.Norp), ("Orthodox Church", EntityType.Person), ("British", EntityType.Norp), ("Red Cross", EntityType.Org));
        EntityRecognizer.Default.DemonymBeforeBody(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Moldovan Orthodox Church", EntityType.Org), ("British", EntityType.Norp), ("Red Cross", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ANameListedWithPlaces_IsAPlace()
    {
        const string text = "Buses serve Leeds, Harrowgate Vale, Pudsley, Morrick and Bradford every hour.";
        var doc = EntityPipeline.Run("t", text);
        var names = doc.Mentions.Select(m => (text[m.Span.Start..m.Span.End], m.Type)).ToList();
        Assert.Contains(names, n => n.Item1 == "Pudsley");
        Assert.DoesNotContain(names, n => n.Type == EntityType.Person);
    }

    /// <summary>A sentence written with spaces between tokens, as the corpora are.</summary>
    [Fact]
    public void ACityBeforeAPlural_IsATeam_ButNotBeforeAPlacesPlural()
    {
        var s = new Tokens("He left the Boston Red Sox for the Pittsburgh Pirates and moved to Colorado Springs .");
        var output = s.Mentions(("Boston", EntityType.Loc), ("Red Sox", EntityType.Person), ("Pirates", EntityType.Person),
            ("Colorado Springs", EntityType.Loc));
        EntityRecognizer.CityTeam(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Boston Red Sox", EntityType.Org), ("Pittsburgh Pirates", EntityType.Org), ("Colorado Springs", EntityType.Loc)],
            s.Names(output));
    }

    [Fact]
    public void ALawOrATreaty_IsNoName()
    {
        var s = new Tokens("Under the Clean Water Act and the Waitangi Treaty , Maria Ortez sued .");
        var output = s.Mentions(("Clean Water Act", EntityType.Org), ("Waitangi Treaty", EntityType.Loc), ("Maria Ortez", EntityType.Person));
        EntityRecognizer.NoLawName(s.Text, output, 0);
        Assert.Equal([("Maria Ortez", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void ALargeCityTakenForAPerson_IsAPlace_WhereTheDocumentWritesItAfterIn()
    {
        var s = new Tokens("Isfahan lies south of Tehran . The bazaar in Isfahan is old , and buses reach San Antonio .");
        var output = s.Mentions(("Isfahan", EntityType.Person), ("Tehran", EntityType.Gpe), ("Isfahan", EntityType.Person),
            ("San Antonio", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Isfahan", EntityType.Loc), ("Tehran", EntityType.Gpe), ("Isfahan", EntityType.Loc), ("San Antonio", EntityType.Loc)],
            s.Names(output));
    }

    [Fact]
    public void AKnownPlaceTakenForAPerson_IsAPlace_ButNotASurnameOrACitedAuthor()
    {
        // "Dayton" is the surname of a full name the document gives; "Santos ( 1989 )" is a reference's author.
        var s = new Tokens("Jiangsu reported floods . Mark Dayton spoke . Dayton agreed , citing Santos ( 1989 ) .");
        var output = s.Mentions(("Jiangsu", EntityType.Person), ("Mark Dayton", EntityType.Person), ("Dayton", EntityType.Person),
            ("Santos", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Jiangsu", EntityType.Loc), ("Mark Dayton", EntityType.Person), ("Dayton", EntityType.Person),
            ("Santos", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AKnownPlaceLeftUnnamed_IsAPlace_ButNotBesideAnotherCapitalisedWord()
    {
        var s = new Tokens("In Łódź the mills closed , and Lancashire 's too , the Dayton Daily News said .");
        var output = s.Mentions();
        EntityRecognizer.Default.UnnamedKnownPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Łódź", EntityType.Loc), ("Lancashire", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ANameTakenForAPlace_ThatDoesAPersonsDeedsTwice_IsAPersonThroughoutTheDocument_ButNotOneWrittenAfterIn()
    {
        var s = new Tokens("Monks came to Sarapion for advice . Sarapion refused to leave , and later Sarapion gave his cloak away . "
            + "Merovia said nothing ; Merovia agreed , and the fair in Merovia opened .");
        var output = s.Mentions(("Sarapion", EntityType.Loc), ("Sarapion", EntityType.Loc), ("Sarapion", EntityType.Loc),
            ("Merovia", EntityType.Loc), ("Merovia", EntityType.Loc), ("Merovia", EntityType.Loc));
        Harmonize(s, output);
        Assert.Equal([("Sarapion", EntityType.Person), ("Sarapion", EntityType.Person), ("Sarapion", EntityType.Person),
            ("Merovia", EntityType.Loc), ("Merovia", EntityType.Loc), ("Merovia", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AGivenNameThatIsACity_StaysAPerson()
    {
        // "Tyler" never follows "in/at/near/from"; "Jackson" is the surname of a full name the document gives.
        var s = new Tokens("Tyler wrote to Andrew Jackson . Tyler said Jackson had come from Jackson 's farm .");
        var output = s.Mentions(("Tyler", EntityType.Person), ("Andrew Jackson", EntityType.Person), ("Tyler", EntityType.Person),
            ("Jackson", EntityType.Person), ("Jackson", EntityType.Person));
        Harmonize(s, output);
        Assert.All(output, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void ANameTheDocumentRepeats_IsFoundAgainAfterAnOrdinaryWordOpeningTheSentence_ButNotAfterATitle()
    {
        // The tagger named "Brekke" twice and missed it after "When" and "Doctor", which open their sentences.
        var s = new Tokens("Brekke chaired the inquiry . Staff said Brekke was fair . When Brekke left , talks stalled . Doctor Brekke wrote .");
        var output = s.Mentions(("Brekke", EntityType.Person), ("Brekke", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Brekke", EntityType.Person), ("Brekke", EntityType.Person), ("Brekke", EntityType.Person)], s.Names(output));
        Assert.Equal(s.Text.IndexOf("When Brekke", StringComparison.Ordinal) + 5, output[2].Span.Start);
    }

    [Fact]
    public void ANameCutFromACompanysRun_IsTheWholeCompany_ButNotAPersonsGivenName()
    {
        var s = new Tokens("Blue Heron said in a statement that flights would resume .");
        var output = s.Mentions(("Heron", EntityType.Person));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Blue Heron", EntityType.Org)], s.Names(output));

        s = new Tokens("Brannock Metals shares fell 7 % after the flood .");
        output = s.Mentions(("Brannock", EntityType.Person));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Brannock Metals", EntityType.Org)], s.Names(output));

        s = new Tokens("Anna Lindqvist said in a statement that she would appeal .");
        output = s.Mentions(("Lindqvist", EntityType.Person));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.DoesNotContain(s.Names(output), n => n.Item2 == EntityType.Org);
    }

    [Fact]
    public void APlaceBeforeTownInAScore_TakesTownIn()
    {
        var s = new Tokens("Lydney Town drew 1-1 with Cinderford Town at home .");
        var output = s.Mentions(("Lydney Town", EntityType.Org), ("Cinderford", EntityType.Loc));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Lydney Town", EntityType.Org), ("Cinderford Town", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ANameOpeningWithARegionalAdjective_IsAPlace()
    {
        var s = new Tokens("Floods hit Central Kivu and Upper Marra on Friday .");
        var output = s.Mentions(("Central Kivu", EntityType.Person), ("Upper Marra", EntityType.Person));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Central Kivu", EntityType.Loc), ("Upper Marra", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ANameOpeningWithANounForAKindOfPlace_IsAPlace()
    {
        var s = new Tokens("Ferries leave Port Tarrow for Mount Ossen , said Tom Port .");
        var output = s.Mentions(("Port Tarrow", EntityType.Person), ("Mount Ossen", EntityType.Person), ("Tom Port", EntityType.Person));
        NewsSpanRules.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Port Tarrow", EntityType.Loc), ("Mount Ossen", EntityType.Loc), ("Tom Port", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AnUnnamedWordAfterCityOf_IsAPlace()
    {
        var s = new Tokens("Rescuers reached the town of Pazarcik and the city of Adana .");
        var output = s.Mentions(("Adana", EntityType.Gpe));
        EntityRecognizer.PlaceAfterPlaceNoun(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Pazarcik", EntityType.Loc), ("Adana", EntityType.Gpe)], s.Names(output));
    }

    [Fact]
    public void AnOrganisationCutBeforeItsHead_RunsOnToIt_ButNotOverAnotherName()
    {
        var s = new Tokens("Data came from the Nordic Volcano Monitoring Service on Friday .");
        var output = s.Mentions(("Nordic Volcano Monitoring", EntityType.Org));
        EntityRecognizer.NameCutBeforeBodyHead(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Nordic Volcano Monitoring Service", EntityType.Org)], s.Names(output));

        s = new Tokens("The UN Security Council met .");
        output = s.Mentions(("UN", EntityType.Org), ("Security Council", EntityType.Org));
        EntityRecognizer.NameCutBeforeBodyHead(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("UN", EntityType.Org), ("Security Council", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void AClubsHeadWordNamedOnce_IsFoundAgain()
    {
        var s = new Tokens("Rovers lost again . Manager Tom Hale said Rovers had been unlucky .");
        var output = s.Mentions(("Rovers", EntityType.Org), ("Tom Hale", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Rovers", EntityType.Org), ("Tom Hale", EntityType.Person), ("Rovers", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void StateOrCityOfAPlace_IsOnePlace_ButNotAfterAnotherName()
    {
        var s = new Tokens("Officials of the State of Kalvenia and the City of Dornbridge met , and Lake City of Ostrava too .");
        var output = s.Mentions(("Kalvenia", EntityType.Loc), ("Dornbridge", EntityType.Loc), ("Lake City", EntityType.Loc), ("Ostrava", EntityType.Loc));
        EntityRecognizer.Default.StateOfPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("State of Kalvenia", EntityType.Loc), ("City of Dornbridge", EntityType.Loc), ("Lake City", EntityType.Loc), ("Ostrava", EntityType.Loc)],
            s.Names(output));
    }

    [Fact]
    public void ATitleBeforeAPlacesHead_IsPartOfThePlace()
    {
        var s = new Tokens("Prayers at the Sheikh Varzan Mosque ended , and buses reach Queen Creek , said Imam Karim Olu .");
        var output = s.Mentions(("Varzan Mosque", EntityType.Loc), ("Creek", EntityType.Person), ("Karim Olu", EntityType.Person));
        EntityRecognizer.TitleOpensAPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Sheikh Varzan Mosque", EntityType.Loc), ("Queen Creek", EntityType.Loc), ("Karim Olu", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AShipsNameAfterItsPrefix_IsNoPersonAlone()
    {
        var s = new Tokens("The frigate FS Corvenne joined the task force . The commander of Corvenne , Anne Roux , said Roux had sailed .");
        var output = s.Mentions(("Corvenne", EntityType.Person), ("Anne Roux", EntityType.Person), ("Roux", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Anne Roux", EntityType.Person), ("Roux", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void ASurnameTakenForAPlaceOrABody_IsThePerson_ButNotWhereTheDocumentWritesItAfterIn()
    {
        var s = new Tokens("Daniel Vorlath wrote the paper . The law of Vorlath holds , Mira Tessel said . She lives in Tessel now .");
        var output = s.Mentions(("Daniel Vorlath", EntityType.Person), ("Vorlath", EntityType.Loc), ("Mira Tessel", EntityType.Person),
            ("Tessel", EntityType.Loc));
        Harmonize(s, output);
        Assert.Equal([("Daniel Vorlath", EntityType.Person), ("Vorlath", EntityType.Person), ("Mira Tessel", EntityType.Person), ("Tessel", EntityType.Loc)],
            s.Names(output));
    }

    [Fact]
    public void AnAcronymDefinedByWordsInLowerCase_IsNoName_ButOneDefinedByAName_Is()
    {
        var s = new Tokens("The ocean heat content ( OHC ) rose , and OHC maps show it . The Marine Data Office ( MDO ) said so .");
        var output = s.Mentions(("OHC", EntityType.Org), ("OHC", EntityType.Org), ("Marine Data Office", EntityType.Org), ("MDO", EntityType.Org));
        Harmonize(s, output);
        Assert.Equal([("Marine Data Office", EntityType.Org), ("MDO", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void AKnownPlaceThatIsAPersonsSurname_IsThePerson_ButNotAfterInOrBeforeItsRegion()
    {
        var s = new Tokens("Lena Paris spoke first . Paris was born in Bern , and Paris said so .");
        var output = s.Mentions(("Lena Paris", EntityType.Person), ("Paris", EntityType.Gpe), ("Bern", EntityType.Gpe), ("Paris", EntityType.Gpe));
        Harmonize(s, output);
        Assert.Equal([("Lena Paris", EntityType.Person), ("Paris", EntityType.Person), ("Bern", EntityType.Gpe), ("Paris", EntityType.Person)],
            s.Names(output));

        var away = new Tokens("Lena Paris flew home . She landed in Paris .");
        var awayOutput = away.Mentions(("Lena Paris", EntityType.Person), ("Paris", EntityType.Gpe));
        Harmonize(away, awayOutput);
        Assert.Equal([("Lena Paris", EntityType.Person), ("Paris", EntityType.Gpe)], away.Names(awayOutput));

        var region = new Tokens("Ana Lima moved . Lima , Peru is her home .");
        var regionOutput = region.Mentions(("Ana Lima", EntityType.Person), ("Lima", EntityType.Gpe), ("Peru", EntityType.Gpe));
        Harmonize(region, regionOutput);
        Assert.Equal([("Ana Lima", EntityType.Person), ("Lima", EntityType.Gpe), ("Peru", EntityType.Gpe)], region.Names(regionOutput));
    }

    [Fact]
    public void AHolidayALanguageOrADisease_IsNoName()
    {
        var s = new Tokens("She learned Latin in Latin America and fell ill with Covid before Halloween .");
        var output = s.Mentions(("Latin", EntityType.Person), ("Latin America", EntityType.Loc), ("Covid", EntityType.Org), ("Halloween", EntityType.Person));
        EntityRecognizer.NoHolidayLanguageOrDisease(s.Text, output, 0);
        Assert.Equal([("Latin America", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void CapitalisedWordsBeforeAPlaceHead_LeftUnnamed_AreAPlace_ButNotAShipOrTheStartOfALongerName()
    {
        var s = new Tokens("Traffic was slow on the Varnock Turnpike , near Hale Square of Brin , and HMS Ocean sailed .");
        var output = s.Mentions();
        EntityRecognizer.Default.UnnamedPlaceWithHead(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Varnock Turnpike", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AOneWordNameReadOnceAsAPersonAndOnceAsAPlace_IsThePlace_ButNotAfterATitleOrInAFullName()
    {
        var s = new Tokens("Rescuers reached the Velsko mine . Velsko said the shaft was safe .");
        var output = s.Mentions(("Velsko", EntityType.Loc), ("Velsko", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Velsko", EntityType.Loc), ("Velsko", EntityType.Loc)], s.Names(output));

        var titled = new Tokens("Rescuers reached the Velsko mine . Mr Velsko said the shaft was safe .");
        var titledOutput = titled.Mentions(("Velsko", EntityType.Loc), ("Velsko", EntityType.Person));
        Harmonize(titled, titledOutput);
        Assert.Equal(EntityType.Person, titledOutput[1].Type);

        var named = new Tokens("Anna Velsko runs the Velsko mine . Velsko said the shaft was safe .");
        var namedOutput = named.Mentions(("Anna Velsko", EntityType.Person), ("Velsko", EntityType.Org), ("Velsko", EntityType.Person));
        Harmonize(named, namedOutput);
        Assert.Equal(EntityType.Person, namedOutput[2].Type);
    }

    [Fact]
    public void AGivenNameTheTaggerTookForAPlace_IsAPersonWhereTheDocumentNamesItAfterANounOfKin_ButNotWhereItIsWrittenAfterIn()
    {
        // Round 46: the tagger's place reading of a child's name, repeated over the document, with no deed of saying.
        var s = new Tokens("They are on trial over the death of their infant daughter , Marisol . Marisol developed a fever in March . "
            + "An aunt begged them to send Marisol to a clinic .");
        var output = s.Mentions(("Marisol", EntityType.Loc), ("Marisol", EntityType.Loc), ("Marisol", EntityType.Loc));
        Harmonize(s, output);
        Assert.All(output, m => Assert.Equal(EntityType.Person, m.Type));

        var placed = new Tokens("They visited their son , Marisol . Marisol developed a fever . Floods hit homes in Marisol .");
        var placedOutput = placed.Mentions(("Marisol", EntityType.Loc), ("Marisol", EntityType.Loc), ("Marisol", EntityType.Loc));
        Harmonize(placed, placedOutput);
        Assert.All(placedOutput, m => Assert.Equal(EntityType.Loc, m.Type));
    }

    [Fact]
    public void ANameBeforeAMineOrABridge_OrBeforeARegionalNoun_IsAPlace_ButNotBeforeAnyNoun()
    {
        var s = new Tokens("Traffic stopped on the Dunhollow bridge , and the injured went to Mirnov regional hospital , the Kessing administration said .");
        var output = s.Mentions(("Dunhollow", EntityType.Person), ("Mirnov", EntityType.Person), ("Kessing", EntityType.Person));
        EntityRecognizer.PlaceByItsContext(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Dunhollow", EntityType.Loc), ("Mirnov", EntityType.Loc), ("Kessing", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void ATitleWordLeftUnnamedBeforeAHospitalTakenForAPerson_IsPartOfTheHospitalsName()
    {
        var s = new Tokens("The injured were taken to Brennick General Hospital on Monday , General Ivo Marek said .");
        var output = s.Mentions(("Brennick", EntityType.Org), ("Hospital", EntityType.Person), ("Ivo Marek", EntityType.Person));
        EntityRecognizer.Default.TitleBeforeABodysHead(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Brennick General Hospital", EntityType.Loc), ("Ivo Marek", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AStateUniversityAndItsCampusAfterAComma_AreOneBody_ButNotAUniversityAndItsCountry()
    {
        var s = new Tokens("She taught at the University of California , Santa Cruz and at the University of Toronto , Canada .");
        var output = s.Mentions(("University of California", EntityType.Org), ("Santa Cruz", EntityType.Loc),
            ("University of Toronto", EntityType.Org), ("Canada", EntityType.Gpe));
        EntityRecognizer.Default.CampusOfAStateUniversity(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("University of California , Santa Cruz", EntityType.Org), ("University of Toronto", EntityType.Org),
            ("Canada", EntityType.Gpe)], s.Names(output));

        var caseNumber = new Tokens("The court heard Kessler v. University of Texas , No . 14 - 981 , on Monday .");
        var caseOutput = caseNumber.Mentions(("University of Texas", EntityType.Org));
        EntityRecognizer.Default.CampusOfAStateUniversity(caseNumber.Text, caseNumber.Starts, caseNumber.Ends, caseOutput, 0);
        Assert.Equal([("University of Texas", EntityType.Org)], caseNumber.Names(caseOutput));
    }

    [Fact]
    public void ANameAfterAVerbOrNounOfGoingAndTo_IsAPlace_ButNotAfterAVerbOfSpeaking()
    {
        var s = new Tokens("The convoy headed to Pell , and flights to Orsk resumed , the minister wrote to Ruiz .");
        var output = s.Mentions(("Pell", EntityType.Person), ("Orsk", EntityType.Person), ("Ruiz", EntityType.Person));
        EntityRecognizer.PlaceByItsContext(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Pell", EntityType.Loc), ("Orsk", EntityType.Loc), ("Ruiz", EntityType.Person)], s.Names(output));
    }

    private static void Harmonize(Tokens s, List<EntityMention> output)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int t = 0; t < s.Starts.Length; t++)
        {
            if (s.Text[s.Starts[t]] == '.')
            {
                sentences.Add(new Sentence(new TextSpan(s.Starts[first], s.Ends[t]), first, t + 1 - first, 0));
                first = t + 1;
            }
        }
        var context = new NameContext();
        foreach (var sentence in sentences)
        {
            context.Add(s.Text, s.Starts, s.Ends, sentence.FirstToken, sentence.TokenCount);
        }
        EntityRecognizer.Default.Harmonize(s.Text, s.Starts, s.Ends, [.. sentences], output, 0, context);
    }

    [Fact]
    public void APlaceEndingInABodysHead_BeforeABracketedAcronym_IsTheBody()
    {
        var s = new Tokens("The National Cyber Centre ( NCC ) tracked the hackers near Lake Centre .");
        var output = s.Mentions(("National Cyber Centre", EntityType.Loc), ("Lake Centre", EntityType.Loc));
        EntityRecognizer.Default.BodyNameRunsOn(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("National Cyber Centre", EntityType.Org), ("Lake Centre", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AHeadlinesVerbBetweenTwoNames_IsNoPartOfEither()
    {
        var s = new Tokens("Court orders Nordkap to pay $ 1bn over cartel");
        var output = s.Mentions(("Court orders Nordkap", EntityType.Org));
        EntityRecognizer.NoVerbInsideName(s.Text, output, 0);
        Assert.Equal([("Nordkap", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ALowerCaseWordInABodysNameInRunningText_StaysInIt()
    {
        var s = new Tokens("The Food and Veterinary products Safety Board met on Monday .");
        var output = s.Mentions(("Food and Veterinary products Safety Board", EntityType.Org));
        EntityRecognizer.NoVerbInsideName(s.Text, output, 0);
        Assert.Equal([("Food and Veterinary products Safety Board", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void AWeatherPhenomenon_IsNoName()
    {
        var s = new Tokens("La Niña brought floods to Peru .");
        var output = s.Mentions(("La Niña", EntityType.Person), ("Peru", EntityType.Gpe));
        EntityRecognizer.NoHolidayLanguageOrDisease(s.Text, output, 0);
        Assert.Equal([("Peru", EntityType.Gpe)], s.Names(output));
    }

    [Fact]
    public void AMonthAloneAfterAWordOfTime_IsNoName_ButAPersonNamedAfterAMonthIs()
    {
        var s = new Tokens("The plant could close by August , and since March April Osei has said so , June told us .");
        var output = s.Mentions(("August", EntityType.Person), ("March", EntityType.Person), ("April Osei", EntityType.Person), ("June", EntityType.Person));
        EntityRecognizer.NoMonthAfterTimeWord(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("April Osei", EntityType.Person), ("June", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void ANameEndingInRadio_OrOneWordEndingAsANewspaperDoes_IsAnOutlet_AndOneEndingInCo_ACompany()
    {
        var s = new Tokens("She told Voz Andina Radio , and it was reported by Elbkurier that Halvard Cable Co would close .");
        var output = s.Mentions(("Voz Andina Radio", EntityType.Person), ("Halvard Cable Co", EntityType.Person));
        EntityRecognizer.OutletByItsEnding(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Voz Andina Radio", EntityType.Org), ("Elbkurier", EntityType.Org), ("Halvard Cable Co", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void APlaceBeforeAFeaturesWord_IsThatFeature_AndAPersonNamingATelescope_IsNoName()
    {
        var s = new Tokens("Spills fouled the Orinoco Delta , and astronomers used the Nancy Grace Roman Space Telescope , said Ana Ruiz .");
        var output = s.Mentions(("Orinoco", EntityType.Loc), ("Nancy Grace Roman", EntityType.Person), ("Ana Ruiz", EntityType.Person));
        EntityRecognizer.NameBeforeFeatureOrThing(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Orinoco Delta", EntityType.Loc), ("Ana Ruiz", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void AOneWordPersonBeforeAnIndustrysWord_IsACompany_ButNotAFullNameOrAHeadline()
    {
        var s = new Tokens("The port picked Halvorsen Energy for the link , and Ana Ruiz Power said no .");
        var output = s.Mentions(("Halvorsen", EntityType.Person), ("Ana Ruiz", EntityType.Person));
        EntityRecognizer.Default.PersonBeforeOrdinaryNoun(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Halvorsen Energy", EntityType.Org), ("Ana Ruiz", EntityType.Person)], s.Names(output));

        var headline = new Tokens("Port Picks Halvorsen Energy");
        var title = headline.Mentions(("Halvorsen", EntityType.Person));
        EntityRecognizer.Default.PersonBeforeOrdinaryNoun(headline.Text, headline.Starts, headline.Ends, title, 0);
        Assert.Equal([("Halvorsen", EntityType.Person)], headline.Names(title));
    }

    [Fact]
    public void AnIndustrysWordEndingAPersonOrPlace_IsACompany_AndAfterTheSentencesFirstWordTheCompanyStartsThere()
    {
        var s = new Tokens("Anglian Water and the council said the pipe would be replaced .");
        var output = s.Mentions(("Water", EntityType.Person));
        EntityRecognizer.Default.IndustryWordEndsACompany(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Anglian Water", EntityType.Org)], s.Names(output));

        var place = new Tokens("The line was run by Northern Rail until the strike .");
        var loc = place.Mentions(("Northern Rail", EntityType.Loc));
        EntityRecognizer.Default.IndustryWordEndsACompany(place.Text, place.Starts, place.Ends, loc, 0);
        Assert.Equal([("Northern Rail", EntityType.Org)], place.Names(loc));

        var guard = new Tokens("The Water was cold , said Mo Farah .");
        var people = guard.Mentions(("Mo Farah", EntityType.Person));
        EntityRecognizer.Default.IndustryWordEndsACompany(guard.Text, guard.Starts, guard.Ends, people, 0);
        Assert.Equal([("Mo Farah", EntityType.Person)], guard.Names(people));
    }

    [Fact]
    public void TheNameABodyIsKnownBy_IsOfItsKind()
    {
        var s = new Tokens("The suit was filed by Friends of the Forest Finland , known as Metsaliitto , last year .");
        var output = s.Mentions(("Forest Finland", EntityType.Loc), ("Metsaliitto", EntityType.Person));
        EntityRecognizer.FellowshipOfName(s.Text, s.Starts, s.Ends, output, 0);
        EntityRecognizer.NameKnownAs(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Friends of the Forest Finland", EntityType.Org), ("Metsaliitto", EntityType.Org)], s.Names(output));

        var person = new Tokens("The singer Ana Lopes , known as Lupita , sang .");
        var named = person.Mentions(("Ana Lopes", EntityType.Person), ("Lupita", EntityType.Person));
        EntityRecognizer.NameKnownAs(person.Text, person.Starts, person.Ends, named, 0);
        Assert.Equal([("Ana Lopes", EntityType.Person), ("Lupita", EntityType.Person)], person.Names(named));
    }

    [Fact]
    public void TheBodyAfterAPersonAndOf_LeftUnnamed_IsAnOrganisation_ButNotAPlace()
    {
        var s = new Tokens("Dr Lena Havik of the Bergen Marine Research Institution , who led the survey , spoke .");
        var output = s.Mentions(("Lena Havik", EntityType.Person));
        EntityRecognizer.BodyOfAPerson(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Lena Havik", EntityType.Person), ("Bergen Marine Research Institution", EntityType.Org)], s.Names(output));

        var place = new Tokens("Lena Havik of the Bergen Valley spoke .");
        var none = place.Mentions(("Lena Havik", EntityType.Person));
        EntityRecognizer.BodyOfAPerson(place.Text, place.Starts, place.Ends, none, 0);
        Assert.Equal([("Lena Havik", EntityType.Person)], place.Names(none));
    }

    [Fact]
    public void AnEventNamedAfterItsOrganiser_KeepsOnlyTheKnownNamesInsideAndAnOpeningAcronym()
    {
        var s = new Tokens("Talks at the NATO Riga Summit and the BAFTA Award for Best Film and the Vienna Conference on Fisheries ended .");
        var output = s.Mentions(("NATO Riga Summit", EntityType.Org), ("BAFTA Award for Best Film", EntityType.Org),
            ("Vienna Conference on Fisheries", EntityType.Org));
        BodyEdges.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("NATO", EntityType.Org), ("Riga", EntityType.Gpe), ("BAFTA", EntityType.Org), ("Vienna", EntityType.Gpe)],
            s.Names(output));
    }

    [Fact]
    public void ATitleReadOnFromAKnownBody_IsCutFromIt()
    {
        var s = new Tokens("Our NASA Administrator , Ellen Park , met the UN High Commissioner .");
        var output = s.Mentions(("NASA Administrator", EntityType.Org), ("Ellen Park", EntityType.Person), ("UN High", EntityType.Org));
        BodyEdges.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("NASA", EntityType.Org), ("Ellen Park", EntityType.Person), ("UN", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ABodyOfTwoThingsJoinedByAnd_IsOne_ButNotBeforeAnotherBodyOrAKnownName()
    {
        var s = new Tokens("The Union of Independent Fishers and Boatmen met the Ministry of Defence and Coast Guard and the Bank of England and Treasury .");
        var output = s.Mentions(("Union of Independent Fishers", EntityType.Org), ("Ministry of Defence", EntityType.Org),
            ("Bank of England", EntityType.Org));
        BodyEdges.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Union of Independent Fishers and Boatmen", EntityType.Org), ("Ministry of Defence", EntityType.Org),
            ("Bank of England", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void AnAcronymInBracketsBesideABodysName_IsThatBody_ButNotATermsAcronym()
    {
        var s = new Tokens("The Union of Independent Fishers ( SIPA ) and CGTP ( General Confederation of Workers ) joined , citing Geographic Information Systems ( GIS ) data .");
        var output = s.Mentions(("Union of Independent Fishers", EntityType.Org), ("General Confederation of Workers", EntityType.Org),
            ("Geographic Information Systems", EntityType.Org));
        BodyEdges.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Union of Independent Fishers", EntityType.Org), ("SIPA", EntityType.Org), ("CGTP", EntityType.Org),
            ("General Confederation of Workers", EntityType.Org), ("Geographic Information Systems", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ABodysHeadOfAThing_TheTaggerLeftUnnamed_IsThatBody_ButNotInATitleCaseHeadline()
    {
        var s = new Tokens("The clinic is run by the Ministry of Antiquities and Heritage , and two officers of the Corps of Signals guard it .");
        var output = new List<EntityMention>();
        NameCues.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Ministry of Antiquities and Heritage", EntityType.Org), ("Corps of Signals", EntityType.Org)], s.Names(output));

        var headline = new Tokens("Announcing Decision To Resign the Office of Governor");
        var none = new List<EntityMention>();
        NameCues.Apply(EntityRecognizer.Default, headline.Text, headline.Starts, headline.Ends, none, 0);
        Assert.Empty(none);
    }

    [Fact]
    public void AWorldRegionTheTaggerLeftUnnamed_IsAPlace()
    {
        var s = new Tokens("Maize spread across the Americas long before it reached the Balkans or the Sahel .");
        var output = new List<EntityMention>();
        EntityRecognizer.Default.UnnamedKnownPlace(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Americas", EntityType.Loc), ("Balkans", EntityType.Loc), ("Sahel", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AGroupOfIslandsNamedWhole_IsAlsoItsFirstWordsPlural_WhereTheTaggerNamedNothingOrAPerson()
    {
        var s = new Tokens("Ferries run to the Korrin Islands twice a week . Flights to the Korrins are dear . Visitors to the Korrins should book .");
        var output = s.Mentions(("Korrin Islands", EntityType.Loc), ("Korrins", EntityType.Person));
        Harmonize(s, output);
        Assert.Equal([("Korrin Islands", EntityType.Loc), ("Korrins", EntityType.Loc), ("Korrins", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ANameTheTaggerTookForAPerson_OpenedByAnotherLanguagesWordForAPlace_IsThatPlace_ButNotTheWordAlone()
    {
        var s = new Tokens("Lunch is served near the Catedral de Santa Lucía , on Plac Wolnego Rynku , and at Anse Corail ; Plaza spoke .");
        var output = s.Mentions(("Catedral de Santa Lucía", EntityType.Person), ("Plac Wolnego Rynku", EntityType.Person),
            ("Anse Corail", EntityType.Person), ("Plaza", EntityType.Person));
        EntityRecognizer.ForeignFeatureWordOpensAPlace(s.Text, output, 0);
        Assert.Equal([("Catedral de Santa Lucía", EntityType.Loc), ("Plac Wolnego Rynku", EntityType.Loc), ("Anse Corail", EntityType.Loc),
            ("Plaza", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void APeoplesPluralTheTaggerTookForAPerson_OpenedByAnotherLanguagesFeatureWord_StaysAPerson_ButATownAfterAParticleIsAPlace()
    {
        var s = new Tokens("Puerto Vallartans and Wadi Halfans came to sell , and the Château de Villers opened its gates .");
        var output = s.Mentions(("Puerto Vallartans", EntityType.Person), ("Wadi Halfans", EntityType.Person),
            ("Château de Villers", EntityType.Person));
        EntityRecognizer.ForeignFeatureWordOpensAPlace(s.Text, output, 0);
        Assert.Equal([("Puerto Vallartans", EntityType.Person), ("Wadi Halfans", EntityType.Person),
            ("Château de Villers", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void AFormerCountryOrAKnownPlaceOfTwoWordsTheTaggerTookForABody_IsThatPlace_ButABodyOrAOneWordNameStays()
    {
        var s = new Tokens("Trade with the former Yugoslavia and East Germany collapsed , the Ministry of Trade said , as Rhodesia and Aberdeen City watched ; shares of Abeokuta rose .");
        var output = s.Mentions(("Yugoslavia", EntityType.Org), ("East Germany", EntityType.Org), ("Ministry of Trade", EntityType.Org),
            ("Rhodesia", EntityType.Org), ("Aberdeen City", EntityType.Org), ("Abeokuta", EntityType.Org));
        EntityRecognizer.Default.KnownPlaceTypedAsBody(s.Text, output, 0);
        Assert.Equal([("Yugoslavia", EntityType.Loc), ("East Germany", EntityType.Loc), ("Ministry of Trade", EntityType.Org),
            ("Rhodesia", EntityType.Loc), ("Aberdeen City", EntityType.Loc), ("Abeokuta", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ATitleBeforeLeague_TheTaggerTookForAPersonsTitle_IsOneLeague()
    {
        var s = new Tokens("Mensah made his Major League debut in April , a year after the Premier League called .");
        var output = s.Mentions(("League", EntityType.Person));
        NameCues.Apply(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Major League", EntityType.Org), ("Premier League", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ATitleOfAddressBeforeAnOffice_TheTaggerTookForAPerson_NamesNoOne_ButANameAfterTheOfficeStays()
    {
        var s = new Tokens("Thank you , Madam Speaker , and Mr Chairman ; Mister President Okafor will answer .");
        var output = s.Mentions(("Madam", EntityType.Person), ("Chairman", EntityType.Person), ("Okafor", EntityType.Person));
        FormsOfAddress.NoOfficeAddressedAsPerson(s.Text, s.Starts, s.Ends, output, 0);
        Assert.Equal([("Okafor", EntityType.Person)], s.Names(output));
    }

    [Fact]
    public void ANameAfterAGreeting_TheTaggerLeftUnnamed_IsAPerson_ButNotAWordOfKinOrAKnownPlace()
    {
        var greeted = new Tokens("Thanks Bodil , see you at the depot .");
        var output = new List<EntityMention>();
        FormsOfAddress.NameAfterGreeting(EntityRecognizer.Default, greeted.Text, greeted.Starts, greeted.Ends, output, 0);
        Assert.Equal([("Bodil", EntityType.Person)], greeted.Names(output));

        foreach (var line in new[] { "Dear Mum , the weather is fine .", "Hello London !", "Hello Kitty bags sold out ." })
        {
            var s = new Tokens(line);
            var none = new List<EntityMention>();
            FormsOfAddress.NameAfterGreeting(EntityRecognizer.Default, s.Text, s.Starts, s.Ends, none, 0);
            Assert.Empty(none);
        }
    }

    private sealed class Tokens
    {
        public Tokens(string text)
        {
            Text = text;
            var starts = new List<int>();
            var ends = new List<int>();
            for (int i = 0; i < text.Length;)
            {
                int j = text.IndexOf(' ', i);
                j = j < 0 ? text.Length : j;
                starts.Add(i);
                ends.Add(j);
                i = j + 1;
            }
            Starts = [.. starts];
            Ends = [.. ends];
        }

        public string Text { get; }

        public int[] Starts { get; }

        public int[] Ends { get; }

        public List<EntityMention> Mentions(params (string Name, EntityType Type)[] names)
        {
            var output = new List<EntityMention>();
            int from = 0;
            foreach (var (name, type) in names)
            {
                int at = Text.IndexOf(name, from, StringComparison.Ordinal);
                output.Add(new EntityMention(new TextSpan(at, at + name.Length), type));
                from = at + name.Length;
            }
            return output;
        }

        public List<(string, EntityType)> Names(List<EntityMention> output) =>
            [.. output.Select(m => (Text[m.Span.Start..m.Span.End], m.Type))];
    }

    [Fact]
    public void AGrapeVarietyOrAWineNamedByIt_IsNoName_ButAPlaceOfTheSameNameAndTheGrowerStay()
    {
        var s = new Tokens("Dana Halloran blends Merlot , Cabernet Franc and Petit Verdot , and her Reserve Pinot Noir sold out in Shiraz .");
        var output = s.Mentions(("Dana Halloran", EntityType.Person), ("Merlot", EntityType.Loc), ("Cabernet Franc", EntityType.Person),
            ("Petit Verdot", EntityType.Person), ("Reserve Pinot Noir", EntityType.Org), ("Shiraz", EntityType.Loc));
        EntityRecognizer.NoGrapeVariety(s.Text, output, 0);
        Assert.Equal([("Dana Halloran", EntityType.Person), ("Shiraz", EntityType.Loc)], s.Names(output));
    }

    [Fact]
    public void ABodyClosedOnAnAdjectiveOfGovernmentBeforeALowerCaseNoun_IsThePlace_ButAWholeBodysNameStays()
    {
        var s = new Tokens("Talks between Baghdad and the Kurdistan Regional governments resumed , the Kurdistan Regional Government said , and Halden National staff left .");
        var output = s.Mentions(("Baghdad", EntityType.Gpe), ("Kurdistan Regional", EntityType.Org), ("Kurdistan Regional Government", EntityType.Org),
            ("Halden National", EntityType.Org));
        EntityRecognizer.Default.NoAdjectiveClosingAPlacesBody(s.Text, output, 0);
        Assert.Equal([("Baghdad", EntityType.Gpe), ("Kurdistan", EntityType.Loc), ("Kurdistan Regional Government", EntityType.Org),
            ("Halden National", EntityType.Org)], s.Names(output));
    }

    [Fact]
    public void ANameClosedByTerreOrOpenedByCiudadOrCabo_TheTaggerTookForAPerson_IsAPlace_ButAPersonStays()
    {
        var s = new Tokens("Marika Olsen sailed from Haute Terre to Terre de Sel , then flew to Ciudad Rivas and Cabo Blanco .");
        var output = s.Mentions(("Marika Olsen", EntityType.Person), ("Haute Terre", EntityType.Person), ("Terre de Sel", EntityType.Person),
            ("Ciudad Rivas", EntityType.Person), ("Cabo Blanco", EntityType.Person));
        EntityRecognizer.ForeignFeatureWordOpensAPlace(s.Text, output, 0);
        Assert.Equal([("Marika Olsen", EntityType.Person), ("Haute Terre", EntityType.Loc), ("Terre de Sel", EntityType.Loc),
            ("Ciudad Rivas", EntityType.Loc), ("Cabo Blanco", EntityType.Loc)], s.Names(output));
    }
}
