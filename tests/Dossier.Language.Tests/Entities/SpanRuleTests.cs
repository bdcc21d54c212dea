using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The recogniser's span rules on written sentences: references, organisation heads, highways, bodies "of" a place.</summary>
public sealed class SpanRuleTests
{
    [Theory]
    [InlineData("Crowds gathered at the Sheikh Varzan Mosque on Friday.", "Sheikh Varzan Mosque")]
    [InlineData("The convoy stopped near Hollin Creek and the Marrow Stadium.", "Marrow Stadium")]
    public void APlaceNamedAfterSomeone_IsAPlace(string text, string name)
    {
        Assert.Contains((name, EntityType.Loc), Names(text));
    }

    [Fact]
    public void ABodysHeadWordAlone_IsAnOrganisation()
    {
        var names = Names("Later the Army said the Party had met.");
        Assert.Contains(("Army", EntityType.Org), names);
        Assert.Contains(("Party", EntityType.Org), names);
    }

    [Fact]
    public void AuthorsOfAReference_AreOnePersonEach()
    {
        var names = Names("Regular practice improves visual skills (Li, Polat, & Bavelier, 2010; Dye & Bavelier, 2010).");
        Assert.Contains(("Li", EntityType.Person), names);
        Assert.Contains(("Polat", EntityType.Person), names);
        Assert.Contains(("Dye", EntityType.Person), names);
        Assert.Equal(2, names.Count(n => n == ("Bavelier", EntityType.Person)));
        Assert.DoesNotContain(names, n => n.Text.Contains('&'));
    }

    [Fact]
    public void AuthorBeforeABracketedYear_IsAPerson_ButAMonthIsNot()
    {
        var names = Names("The method follows Santos (1989) and was revised in May 2010.");
        Assert.Contains(("Santos", EntityType.Person), names);
        Assert.DoesNotContain(names, n => n.Text == "May");
    }

    [Theory]
    [InlineData("The outage was detected two days later, according to the Canadian Centre for Cyber Security.", "Canadian Centre for Cyber Security")]
    [InlineData("Analysts at the Institute for the Study of War said the offensive had stalled.", "Institute for the Study of War")]
    [InlineData("The Office for Democratic Institutions and Human Rights sent observers.", "Office for Democratic Institutions and Human Rights")]
    [InlineData("The appeal was rejected by the Court of Arbitration for Sport on Tuesday.", "Court of Arbitration for Sport")]
    public void ABodyForACapitalisedPurpose_IsOneOrganisation(string text, string name)
    {
        var names = Names(text);
        Assert.Contains((name, EntityType.Org), names);
    }

    [Theory]
    [InlineData("Fires burned 175,000 hectares, according to the European Forest Fire Information System.", "European Forest Fire Information System")]
    [InlineData("Water levels are monitored by the Lake Chad Basin Commission.", "Lake Chad Basin Commission")]
    public void ANameCutBeforeABodysHead_IsTheBodysName(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Fact]
    public void ATemperatureScale_IsNoName()
    {
        var names = Names("Temperatures topped 40 degrees Celsius (104 Fahrenheit) in Athens for nearly two weeks.");
        Assert.DoesNotContain(names, n => n.Text is "Celsius" or "Fahrenheit");
        Assert.Contains(("Athens", EntityType.Gpe), names);
    }

    [Theory]
    [InlineData("President Luiz Inácio Lula da Silva flew over the flooded areas on Thursday.", "Luiz Inácio Lula da Silva")]
    [InlineData("Floods have killed 41 people in Rio Grande do Sul since Monday.", "Rio Grande do Sul")]
    public void ANameGoesOnOverItsParticles(string text, string name)
    {
        var names = Names(text);
        Assert.Contains(names, n => n.Text == name);
    }

    [Theory]
    [InlineData("The indictment alleges that he steered 14 contracts to Nordline Shipping in 2021.", "Nordline Shipping")]
    [InlineData("Shares of Brightwater Holdings fell 3% on Monday.", "Brightwater Holdings")]
    public void CapitalisedWordsBeforeACompanyHead_AreOneOrganisation(string text, string name)
    {
        var names = Names(text);
        Assert.Contains((name, EntityType.Org), names);
    }

    [Fact]
    public void AFirstNameThatIsAlsoAFaith_AfterATitle_IsPartOfTheName()
    {
        var names = Names("WHO spokesperson Christian Lindmeier told a briefing that cases had risen. Christian leaders met on Monday.");
        Assert.Contains(("Christian Lindmeier", EntityType.Person), names);
        Assert.Contains(("Christian", EntityType.Norp), names);
    }

    [Fact]
    public void AnOfficesTitle_IsNoCompany()
    {
        var names = Names("White House Strategic Communications Coordinator Ana Ruiz said the talks would go on.");
        Assert.DoesNotContain(names, n => n.Text.EndsWith("Communications", StringComparison.Ordinal));
    }

    [Fact]
    public void ACourtIsAnOrganisation()
    {
        var names = Names("We believe the Circuit Court erred in finding jurisdiction over this matter.");
        Assert.Contains(("Circuit Court", EntityType.Org), names);
    }

    [Fact]
    public void APlaceBeforeANewspapersLastWord_IsTheNewspaper()
    {
        var names = Names("The New York Post reports that the talks failed; the Chicago Tribune agreed. She then flew to New York.");
        Assert.Contains(("New York Post", EntityType.Org), names);
        Assert.Contains(("Chicago Tribune", EntityType.Org), names);
        Assert.Single(names, n => n.Text == "New York");
    }

    [Fact]
    public void AnAcronymAfterABodysCommonNoun_IsAnOrganisation()
    {
        var names = Names("The toll rose to at least 2,300 on Tuesday, Turkey's disaster agency AFAD said, and the party MKP agreed.");
        Assert.Contains(("AFAD", EntityType.Org), names);
        Assert.Contains(("MKP", EntityType.Org), names);
        Assert.Contains(("Turkey", EntityType.Gpe), names);
    }

    [Fact]
    public void ANameAfterCityOf_IsAPlace()
    {
        var names = Names("Sezer told reporters in the city of Kahramanmaras that more rescuers had arrived.");
        Assert.Contains(("Kahramanmaras", EntityType.Loc), names);
    }

    [Fact]
    public void APersonsNameWithParticles_IsOneName()
    {
        var names = Names("\"We are ready,\" said Ana van der Berg on Monday.");
        Assert.Contains(("Ana van der Berg", EntityType.Person), names);
    }

    [Fact]
    public void AModelNameBeforeAWeaponNoun_IsNoPerson()
    {
        var names = Names("Iran has supplied Russia with hundreds of Shahed drones since mid-2022, officials said.");
        Assert.DoesNotContain(names, n => n.Text == "Shahed");
        Assert.Contains(("Iran", EntityType.Gpe), names);
    }

    [Fact]
    public void ANumberedHighway_IsNotTheCountry()
    {
        var names = Names("Take US 75 south from Bartlesville to reach the city.");
        Assert.DoesNotContain(names, n => n.Text == "US");
    }

    [Fact]
    public void ABodyOfAnOrganisation_IsOneName()
    {
        var names = Names("It is my pleasure to address the General Assembly of the United Nations today.");
        Assert.Contains(("General Assembly of the United Nations", EntityType.Org), names);
    }

    [Theory]
    [InlineData("His lawyer, Grace Otieno, said the contract runs until 2029.", "Grace Otieno")]
    [InlineData("The state's transport minister, K. Selvaraj, said the government would study the ruling.", "K. Selvaraj")]
    public void ANameInAppositionAfterANounForAPerson_IsAPerson(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Theory]
    [InlineData("Athletics Kenya said the team would travel on Monday.", "Athletics Kenya")]
    [InlineData("Swimming Canada and Rugby Australia both welcomed the decision.", "Swimming Canada")]
    [InlineData("Swimming Canada and Rugby Australia both welcomed the decision.", "Rugby Australia")]
    public void ASportBeforeACountry_IsItsFederation(string text, string name)
    {
        var names = Names(text);
        Assert.Contains((name, EntityType.Org), names);
        Assert.DoesNotContain(names, n => n.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Chief executive Pieter van den Broek said the deal was good.", "Pieter van den Broek")]
    [InlineData("Van den Broek told reporters in Amsterdam that it would stay.", "Van den Broek")]
    public void ParticlesBeforeASurname_BelongToTheName(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Theory]
    [InlineData("The club was sold to Sheikh Faisal bin Rashid al-Nuaimi on Thursday.", "Faisal bin Rashid al-Nuaimi")]
    [InlineData("Executive director Abdullah bin Khalid al-Harbi warned that convoys were turned back.", "Abdullah bin Khalid al-Harbi")]
    public void AnArabicSurnameWithItsArticle_BelongsToTheName(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Fact]
    public void InitialsBeforeASurname_AreAPerson()
    {
        var names = Names("The party's state chief, K. Annamalai, called the verdict a slap in the face. Managing director V. K. Reddy disagreed.");
        Assert.Contains(("K. Annamalai", EntityType.Person), names);
        Assert.Contains(("V. K. Reddy", EntityType.Person), names);
    }

    [Fact]
    public void AStormsName_IsNoPersonOrPlace()
    {
        var names = Names("Typhoon Agaton made landfall in Cagayan province, and Hurricane Lidia weakened.");
        Assert.DoesNotContain(names, n => n.Text.Contains("Agaton") || n.Text.Contains("Lidia"));
    }

    [Fact]
    public void ATitleAfterANounForAPaper_IsAnOrganisation()
    {
        Assert.Contains(("Børsen", EntityType.Org), Names("The recall was first reported by the Danish newspaper Børsen on Tuesday."));
    }

    [Fact]
    public void TheWordsABracketedAcronymSpells_AreOneOrganisation()
    {
        var names = Names("Thousands fled, the National Disaster Risk Reduction and Management Council (NDRRMC) said.");
        Assert.Contains(("National Disaster Risk Reduction and Management Council", EntityType.Org), names);
    }

    [Theory]
    [InlineData("Ochoa, of the centre-left Movimiento Ciudadano Unido, won 38 percent.", "Movimiento Ciudadano Unido")]
    [InlineData("Wexford Rovers FC have been sold to a consortium.", "Wexford Rovers FC")]
    [InlineData("She won 38 percent of the vote, according to the National Civil Registry.", "National Civil Registry")]
    public void ABodysOpeningOrClosingWord_MakesAnOrganisation(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Fact]
    public void APersonBeforeStateIsStillAPerson()
    {
        Assert.Contains(("Macron", EntityType.Person), Names("Analysts said the Macron state dinner on Wednesday would be a test."));
    }

    [Theory]
    [InlineData("Korolenko said Russia was open to a balanced text.", "Korolenko")]
    [InlineData("Dizon-Santos told reporters that landslides had blocked the highway.", "Dizon-Santos")]
    [InlineData("O'Sullivan praised the appointment of the new manager.", "O'Sullivan")]
    public void AnUnknownWordOpeningASentenceBeforeAVerbOfSaying_IsASurname(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Fact]
    public void ACommonWordOpeningASentenceBeforeAVerbOfSaying_IsNoName()
    {
        Assert.DoesNotContain(Names("Police said the road was closed. Officials told reporters nothing. Analysts said the dinner was a test. Witnesses told AFP that police used tear gas."),
            n => n.Type == EntityType.Person);
        Assert.DoesNotContain(Names("Unions said several hundred workers had already left."), n => n.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Analysts at Citi said the guidance cut was bigger than feared.", "Citi", EntityType.Org)]
    [InlineData("Eurostat said inflation fell to 2.4% in April.", "Eurostat", EntityType.Org)]
    [InlineData("The National Transportation Safety Board declined to comment.", "National Transportation Safety Board", EntityType.Org)]
    public void WellKnownBodies_AreOrganisations(string text, string name, EntityType type)
    {
        Assert.Contains((name, type), Names(text));
    }

    [Theory]
    [InlineData("The union, Hava-İş, said 1,200 pilots had joined the strike.", "Hava-İş", EntityType.Org)]
    [InlineData("The agency's head, Suharyanto, said rescuers were searching for survivors.", "Suharyanto", EntityType.Person)]
    [InlineData("Veridian agreed to buy the American cloud software firm Kestrel Data for $4.2 billion.", "Kestrel Data", EntityType.Org)]
    [InlineData("Computers at 14 hospitals run by the German group Rhein-Klinikum AG were shut down.", "Rhein-Klinikum AG", EntityType.Org)]
    [InlineData("Strong earthquake kills dozens on Indonesia's Sulawesi island\n\nA magnitude 6.8 earthquake struck Central Sulawesi on Thursday.", "Sulawesi", EntityType.Loc)]
    [InlineData("ISTANBUL - A court in Istanbul on Friday suspended the pilots' strike.", "ISTANBUL", EntityType.Loc)]
    [InlineData("Europol said it was helping German police.", "Europol", EntityType.Org)]
    public void NamesAfterNounsForBodiesAndBeforeNounsForPlaces_TakeThatType(string text, string name, EntityType type)
    {
        Assert.Contains((name, type), Names(text));
    }

    [Fact]
    public void TheFieldOfATitle_IsNoOrganisation()
    {
        var names = Names("Social Affairs Minister Tri Rismaharini visited an evacuation centre on Friday.");
        Assert.DoesNotContain(names, n => n.Text.Contains("Affairs"));
        Assert.Contains(("Tri Rismaharini", EntityType.Person), names);
    }

    [Fact]
    public void AnAdjectiveOpeningAHeadline_IsNoPlace()
    {
        var names = Names("Central bank trims rates, hints at more easing by autumn\n\nThe European Central Bank cut its deposit rate on Thursday.");
        Assert.DoesNotContain(names, n => n.Text == "Central");
        Assert.Contains(("European Central Bank", EntityType.Org), names);
    }

    [Theory]
    [InlineData("The mayor told the public radio station Berlin Eins that the port would reopen.", "Berlin Eins", EntityType.Org)]
    [InlineData("A neighbour told local station WJZB that the roof had collapsed.", "WJZB", EntityType.Org)]
    [InlineData("The freighter was operated by Northwind Cargo, a regional carrier.", "Northwind Cargo", EntityType.Org)]
    public void BroadcastersAfterStationAndCargoCompanies_AreOrganisations(string text, string name, EntityType type)
    {
        Assert.Contains((name, type), Names(text));
    }

    [Theory]
    [InlineData("The ferry was operated by Blue Tern Aviation, a small island carrier.", "Blue Tern Aviation")]
    [InlineData("Silver Fjord said in a statement that all passengers were safe.", "Silver Fjord")]
    [InlineData("Blue Tern Aviation chief executive Joan Park flew to the island on Monday.", "Blue Tern Aviation")]
    public void UnnamedCapitalsInACompanysContext_AreACompany(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Theory]
    [InlineData("Shares in Tarn Ferries fell 6% in Oslo on Monday.", "Tarn Ferries", EntityType.Org)]
    [InlineData("Analysts at Holmvik estimated the outage could cost millions.", "Holmvik", EntityType.Org)]
    [InlineData("The trial was run by Corvane Therapeutics, a small biotech firm.", "Corvane Therapeutics", EntityType.Org)]
    [InlineData("The Food and Veterinary products Safety Board (FVSB) halted the sale.", "Food and Veterinary products Safety Board", EntityType.Org)]
    [InlineData("The bloc's aviation regulator, EASA, warned that near misses had doubled.", "EASA", EntityType.Org)]
    [InlineData("Residents of Varnavas said they had been given little warning.", "Varnavas", EntityType.Loc)]
    [InlineData("NAIROBI — Thousands marched through the capital on Saturday.", "NAIROBI", EntityType.Gpe)]
    [InlineData("The quake struck at a depth of 35 km, according to the U.S. Geological Survey.", "U.S. Geological Survey", EntityType.Org)]
    [InlineData("Party officials told the Asahi newspaper that three members would step down.", "Asahi", EntityType.Org)]
    [InlineData("The governing Liberal Democratic Party lost its majority.", "Liberal Democratic Party", EntityType.Org)]
    public void NamesInTheContextsOfUnseenStories_TakeThatType(string text, string name, EntityType type)
    {
        Assert.Contains((name, type), Names(text));
    }

    [Fact]
    public void ABodyWordBeforeAPluralOfPeople_IsNoName()
    {
        var doc = EntityPipeline.Run("t", "The Constitutional Democratic Party won 148 seats.\n\nParty officials told reporters that three members would step down.");

        Assert.DoesNotContain(doc.Mentions, m => doc.Text[m.Span.Start..m.Span.End] == "Party");
    }

    [Fact]
    public void ALongerNameEndingInAKnownParty_IsNotThatParty()
    {
        var doc = EntityPipeline.Run("t", "The governing Liberal Democratic Party lost its majority in Tokyo.");

        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Org && e.LinkedTo is not null);
    }

    [Fact]
    public void ACapitalInADateline_StandsForItsCountry()
    {
        var doc = EntityPipeline.Run("t", "NAIROBI — Thousands marched through the capital on Saturday.");

        Assert.Contains(doc.Entities, e => e.Name == "Kenya" && e.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("The strike hit a depot at 33°30′21″N 36°16′11″E, south of the town.", "33°30′21″N 36°16′11″E")]
    [InlineData("The camp lies at 33.505716°N 36.269635°E near the border.", "33.505716°N 36.269635°E")]
    public void CoordinatesAreOnePlace(string text, string name)
    {
        var names = Names(text);
        Assert.Contains((name, EntityType.Loc), names);
        Assert.Single(names, n => n.Text.Contains('°'));
    }

    [Fact]
    public void APersonsSurnameThatIsACompanysName_StaysInTheName()
    {
        var names = Names("Why Sex Gets Better in Older Age, by Miri Forbes and Robert Krueger, first appeared in a journal.");
        Assert.Contains(("Miri Forbes", EntityType.Person), names);
        Assert.DoesNotContain(names, n => n.Text == "Forbes");
    }

    [Fact]
    public void ANameTheDocumentDefinesAsAPlace_IsAPlaceEverywhere()
    {
        var names = Names("Sapulpa is a town of contrasts, with ranches and oil wells. Sapulpa has a rich cultural life which also "
            + "reflects its diversity. From the later 1800s to the 1920s Sapulpa enjoyed prosperous boom times. Progressive Sapulpa had "
            + "electric trams and street lights before Tulsa did.");
        Assert.Contains(names, n => n.Text == "Sapulpa");
        Assert.DoesNotContain(names, n => n.Text == "Sapulpa" && n.Type == EntityType.Person);
    }

    [Fact]
    public void APersonsFirstNameThatIsAGroupsName_StaysInTheName()
    {
        var names = Names("The brotherhood claimed to descend from Christian Rosencreutz, a pilgrim of the fifteenth century.");
        Assert.Contains(("Christian Rosencreutz", EntityType.Person), names);
    }

    [Theory]
    [InlineData("A cyberattack on Fjordline Baltic disrupted crossings on Tuesday.\n\nFjordline Baltic chief executive Marit Solberg said the booking system was down.", "Fjordline Baltic")]
    [InlineData("A cyberattack on Fjordline Baltic disrupted crossings on Tuesday.\n\nShares in Fjordline Baltic fell 8 percent in Oslo.", "Fjordline Baltic")]
    [InlineData("Engineers at Karsten Volde worked through the night.\n\nKarsten Volde's shareholders will meet on Friday.", "Karsten Volde")]
    public void ANameInACompanysContext_IsACompanyEverywhere(string text, string name)
    {
        var names = Names(text).Where(n => n.Text == name).ToList();
        Assert.True(names.Count >= 2, string.Join("; ", Names(text)));
        Assert.All(names, n => Assert.Equal(EntityType.Org, n.Type));
    }

    [Fact]
    public void ANameSetOffAsABody_IsThatBody()
    {
        var names = Names("The ferry firm could face fines from Tilsynsrådet, the Norwegian data protection authority, analysts said.");
        Assert.Contains(("Tilsynsrådet", EntityType.Org), names);
    }

    [Fact]
    public void ANameCutInTwoInAHeadline_IsTheWholeNameWrittenLater()
    {
        var names = Names("Kenyan court ruling hits Tana Minerals\n\nTana Minerals shares fell in London after the Supreme Court of Kenya blocked its permit.\n\n"
            + "Koome said the National Environment Management Authority (NEMA) had failed to hold hearings.");
        Assert.Equal(2, names.Count(n => n.Text == "Tana Minerals"));
        Assert.DoesNotContain(names, n => n.Text is "Tana" or "Minerals");
    }

    [Theory]
    [InlineData("Turkana is one of the poorest counties in Kenya, and Turkana has had no rain for a year.", "Turkana")]
    [InlineData("Ferries between Oslo and Kiel were halted on Tuesday. Police in Kiel said they had been told.", "Kiel")]
    public void ANameDefinedOrJoinedAsAPlace_IsNoPerson(string text, string name)
    {
        var names = Names(text).Where(n => n.Text == name).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.NotEqual(EntityType.Person, n.Type));
    }

    [Fact]
    public void APersonNounOpeningTheSentence_IntroducesAName()
    {
        var names = Names("Lawyer Peter Ochieng, who represented the residents, welcomed the ruling.");
        Assert.Contains(("Peter Ochieng", EntityType.Person), names);
    }

    [Theory]
    [InlineData("The bridge was built by Halvard Roads & Tunnels, which denied any fault.", "Halvard Roads & Tunnels")]
    [InlineData("Shares of Brenner & Kolb fell 4% after the recall.", "Brenner & Kolb")]
    public void CapitalisedWordsJoinedByAnAmpersand_AreOneOrganisation(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Theory]
    [InlineData("Caja Norte chairman Rodrigo de la Cruz will step down in June.", "Rodrigo de la Cruz")]
    [InlineData("The deputy mayor, Teresa Montenegro, opened the bridge on Friday.", "Teresa Montenegro")]
    [InlineData("By Sofia Marques, Health Correspondent", "Sofia Marques")]
    [InlineData("Claudia Buch, chair of the audit committee, said the accounts were sound.", "Claudia Buch")]
    [InlineData("The chairman-designate, Rodrigo de la Cruz, said the boards would meet.", "Rodrigo de la Cruz")]
    [InlineData("Mr de la Cruz, who has chaired the bank since 2019, said the board had agreed.", "de la Cruz")]
    public void ANameTypedAPlaceInAPersonsSlot_IsAPerson(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Theory]
    [InlineData("By Sofia Lindqvist | 5 March 2025", "Sofia Lindqvist")]
    [InlineData("By Sofia Lindqvist and Tomas Berg", "Tomas Berg")]
    [InlineData("By Sofia Lindqvist and Tomas Berg", "Sofia Lindqvist")]
    public void TheNamesOfAByline_ArePeople(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Names(text));
    }

    [Fact]
    public void ACountrysNameAfterATitleAndAFirstName_IsASurname()
    {
        Assert.Contains(("Daniel Jordan", EntityType.Person), Names("Defence Minister Daniel Jordan said the troops would stay."));
        Assert.Contains(("Jordan", EntityType.Gpe), Names("Defence Minister Daniel Katz said the troops would stay in Jordan."));
    }

    [Fact]
    public void CapitalisedWordsEndingInABodysHeadAfterACountrysPossessive_AreThatBody()
    {
        Assert.Contains(("National Water Safety Agency", EntityType.Org), Names("Chile's National Water Safety Agency said the wells were closed."));
    }

    [Theory]
    [InlineData("According to the NWSA, the wells were closed on Monday.", "NWSA", true)]
    [InlineData("The wells were closed, the NWSA said.", "NWSA", true)]
    [InlineData("The CEO said the wells were closed.", "CEO", false)]
    [InlineData("The clip was filmed from the POV of the driver.", "POV", false)]
    public void AnUnknownAcronymAfterThe_IsABody(string text, string acronym, bool isBody)
    {
        Assert.Equal(isBody, Names(text).Contains((acronym, EntityType.Org)));
    }

    [Theory]
    [InlineData("He has been held at Lotara Maximum Security Prison since the verdict.", "Lotara Maximum Security Prison")]
    [InlineData("She was taken to Varin Prison on Monday.", "Varin Prison")]
    public void ANameStoppedBeforeAPrison_IsThePrison(string text, string name)
    {
        Assert.Contains((name, EntityType.Loc), Names(text));
    }

    [Theory]
    [InlineData("MET meteorologist Kari Lunde told public broadcaster NRK the storm would ease.", "Kari Lunde", "MET meteorologist")]
    [InlineData("\"We are ready,\" striker Erik Dalsvik told reporters.", "Erik Dalsvik", "striker")]
    public void AProfessionBeforeAName_IsItsRole(string text, string name, string role)
    {
        var doc = EntityPipeline.Run("t", text);
        var mention = Assert.Single(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name);
        Assert.Equal(role, mention.Role is { } r ? text[r.Start..r.End] : null);
    }

    [Fact]
    public void AnAppositionStopsBeforeItsRelativeClause()
    {
        const string text = "Nora Blix, a spokeswoman at the city museum who was not involved in the dig, said the coins were Roman.";
        var doc = EntityPipeline.Run("t", text);
        var mention = Assert.Single(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Nora Blix");
        Assert.Equal("spokeswoman at the city museum", mention.Role is { } r ? text[r.Start..r.End] : null);
    }

    [Fact]
    public void TheFirstWordOfAFirmNamedBefore_IsTheFirm()
    {
        var names = Names("Ferry operator Skarvik Shipping reported a loss on Tuesday. Skarvik now expects a weaker year.");
        Assert.Equal(2, names.Count(n => n.Type == EntityType.Org && n.Text.StartsWith("Skarvik", StringComparison.Ordinal)));
    }

    [Fact]
    public void ACentreThatSpeaks_IsABodyNotAPlace()
    {
        Assert.Contains(("National Flood Warning Centre", EntityType.Org), Names("The National Flood Warning Centre said the river would peak on Friday."));
    }

    [Fact]
    public void AFirstNameOpeningTheSentence_BelongsToTheNameWithParticles()
    {
        Assert.Contains(("Elena de la Cruz", EntityType.Person), Names("Elena de la Cruz, an analyst at Banco Sur, said rates would fall."));
    }

    [Fact]
    public void ADatelineOfTwoWordsInCapitals_IsOnePlace()
    {
        var names = Names("NEW DELHI - Heavy rains closed schools on Monday.");
        Assert.Contains(("NEW DELHI", EntityType.Gpe), names);
        Assert.DoesNotContain(names, n => n.Text == "DELHI");
    }

    [Theory]
    [InlineData("The striker joined the Belgian side Zulte Waregem on loan.", "Zulte Waregem")]
    [InlineData("He began his career at the Italian club Virtus Entella.", "Virtus Entella")]
    [InlineData("Fans of Dunmore Athletic marched to the town hall on Saturday.", "Dunmore Athletic")]
    public void ATeamAfterClubOrSide_OrEndingInAClubsWord_IsAnOrganisation(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Theory]
    [InlineData("The effect was first described in print (Marlow & Pettigrew 2014), though later work differs.", "Marlow", "Pettigrew")]
    [InlineData("Our birds ran more than those of Harrow & Quilley [7] and grew stronger legs.", "Harrow", "Quilley")]
    public void AnAmpersandBetweenAuthorsOfAReference_JoinsNothing(string text, string first, string second)
    {
        var names = Names(text);
        Assert.DoesNotContain(names, n => n.Text.Contains('&'));
        Assert.Contains(names, n => n.Text == first);
        Assert.Contains(names, n => n.Text == second);
    }

    [Fact]
    public void WashingtonDC_IsTwoPlaces()
    {
        var names = Names("The delegation flew on to Washington, D.C., for talks on Friday.");
        Assert.Contains(("Washington", EntityType.Gpe), names);
        Assert.Contains(("D.C.", EntityType.Loc), names);
    }

    [Fact]
    public void AnAmpersandInATitleCaseHeadline_JoinsNothing()
    {
        Assert.DoesNotContain(Names("Storms & Floods Hit Coastal Towns"), n => n.Text.Contains('&'));
    }

    [Fact]
    public void WhereAnAnalystWorks_IsAFirm()
    {
        Assert.Contains(("Hargreaves Lansdown", EntityType.Org), Names("\"Demand is weak,\" said Ian Cole, an analyst at Hargreaves Lansdown."));
    }

    [Fact]
    public void ANameThatMovesByAPercentage_IsACompanyEverywhere()
    {
        var names = Names("Talvik Rederi rose 4 percent in Oslo. Talvik Rederi said bookings were strong.");
        Assert.Equal(2, names.Count(n => n == ("Talvik Rederi", EntityType.Org)));
    }

    [Fact]
    public void APluralsPossessive_IsInsideTheBodysName_ASingularsIsNot()
    {
        Assert.Contains(("National Farmers' Union", EntityType.Org), Names("The National Farmers' Union (NFU) said the ban would hurt growers."));
        var names = Names("Britain's Competition Authority said the Women's Institute had complained.");
        Assert.Contains(("Women's Institute", EntityType.Org), names);
        Assert.Contains(("Britain", EntityType.Gpe), names);
    }

    [Fact]
    public void AKnownPlaceBeforeARegionNoun_TakesTheCapitalisedWordsBeforeIt()
    {
        var names = Names("Aid convoys reached Sudan's Blue Nile state on Sunday.\n\nThe Blue Nile Defence Forces said they had withdrawn.");
        Assert.Contains(("Blue Nile", EntityType.Loc), names);
        Assert.DoesNotContain(names, n => n.Text == "Nile");
    }

    [Fact]
    public void ASpanishOrPortugueseWordForABank_OpensAnOrganisation()
    {
        Assert.Contains(("Caixa Atlântica", EntityType.Org), Names("Caixa Atlântica agreed to the sale on Monday."));
    }

    [Fact]
    public void AKnownPlaceInCapitalsBeforeACommaAndADate_IsTheDateline()
    {
        var names = Names("Former Governor Nnamdi Charged With Fraud\n\nABUJA, Oct 2 (Reuters) - Nigeria's anti-graft agency charged former Imo state "
            + "governor Obinna Nnamdi with fraud on Thursday, accusing him of diverting 14 billion naira from a road project.\n\nThe Economic and "
            + "Financial Crimes Commission (EFCC) said Nnamdi had moved the money through three companies owned by his relatives.\n\nNnamdi, who "
            + "governed the state from 2015 to 2023, denied the charges through his lawyer, Ifeoma Chukwu.\n\n\"My client is innocent and will be "
            + "vindicated,\" Ms Chukwu told reporters outside the Federal High Court in Abuja.\n");
        Assert.Contains(("ABUJA", EntityType.Gpe), names);
    }

    [Fact]
    public void AOneWordNameBeforeAStatesGovernment_IsAPlace()
    {
        Assert.Contains(("Kaduna", EntityType.Loc), Names("The Kaduna state government said schools would reopen."));
    }

    [Fact]
    public void ANumberAfterACompanyNoun_IsNoName()
    {
        Assert.DoesNotContain(Names("The regulator said it had fined the company 2.3 billion pesos over the spill."), n => n.Text.StartsWith("2.3", StringComparison.Ordinal));
    }

    private static List<(string Text, EntityType Type)> Names(string text)
    {
        var doc = EntityPipeline.Run("t", text);
        return [.. doc.Mentions.Select(m => (text[m.Span.Start..m.Span.End], m.Type))];
    }

    [Fact]
    public void ANicknameInQuotationMarks_StaysInsideThePlayersName()
    {
        Assert.Contains(("Lautaro \"El Toro\" Benítez", EntityType.Person), Names("Argentine forward Lautaro \"El Toro\" Benítez scored twice on Sunday."));
    }

    [Theory]
    [InlineData("The fire was reported to Thames Valley Police shortly after midnight.", "Thames Valley Police")]
    [InlineData("Officers from Dyfed-Powys Police and Cumbria Constabulary searched the farm.", "Cumbria Constabulary")]
    public void APlaceBeforePoliceOrConstabulary_IsTheForce(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Theory]
    [InlineData("\"The water came up in an hour,\" said Paul Girard, the mayor of Gien.", "Gien")]
    [InlineData("The mayor of Saumur said schools would stay shut.", "Saumur")]
    public void WhereAMayorServes_IsAPlace(string text, string name)
    {
        Assert.Contains((name, EntityType.Loc), Names(text));
    }

    [Theory]
    [InlineData("The case was passed to the Crown Prosecution Service in March.", "Crown Prosecution Service", EntityType.Org)]
    [InlineData("Shares of Talbrook rose after its listing on the Nasdaq was approved.", "Nasdaq", EntityType.Org)]
    [InlineData("A trawler sank in the Bay of Biscay on Monday.", "Bay of Biscay", EntityType.Loc)]
    [InlineData("Fishing boats stayed in port along the Loire estuary.", "Loire", EntityType.Loc)]
    public void WellKnownProsecutorsExchangesAndFeatures_AreInTheGazetteer(string text, string name, EntityType type)
    {
        Assert.Contains((name, type), Names(text));
    }

    [Theory]
    [InlineData("Storm Orla flooded farms in Kerry on Friday. Forecasters said Orla would move north towards Donegal overnight.", "Orla")]
    [InlineData("Typhoon Malakas hit Okinawa. Officials said Malakas would weaken.", "Malakas")]
    public void AStormsNameWrittenAlone_IsNoPerson(string text, string storm)
    {
        Assert.DoesNotContain(Names(text), n => n.Text == storm);
    }

    [Fact]
    public void AClubsLastWordAlone_IsTheClub()
    {
        var names = Names("Wanderers have won four in a row. Coach Ali Brennan said Wanderers deserved it.");
        Assert.Equal(2, names.Count(n => n == ("Wanderers", EntityType.Org)));
    }

    [Fact]
    public void NamesInsideACupsName_AreDropped()
    {
        Assert.Equal([("Morocco", EntityType.Gpe)], Names("Morocco hosted the Africa Cup of Nations last year."));
    }

    [Theory]
    [InlineData("The contract went to Ferrovial rival Talvora SA last week.", "Talvora SA")]
    [InlineData("The olive oil maker Aceites del Sur SA was sold in May.", "Aceites del Sur SA")]
    public void ANameBeforeSAOrASA_IsACompany_AcrossARomanceParticle(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Fact]
    public void ACompanysNameWithoutItsLegalSuffix_AndItsFirstWord_AreTheCompany()
    {
        var names = Names("Greywater Salmon falls on lice outbreak. Shares in Greywater Salmon ASA fell 9 percent in Oslo on Monday. "
            + "Greywater said it would cull fish at two farms.");
        Assert.Contains(("Greywater Salmon", EntityType.Org), names);
        Assert.Contains(("Greywater", EntityType.Org), names);
    }

    [Theory]
    [InlineData("Chief Superintendent Alan Pike said two men had been arrested.")]
    [InlineData("Chief Inspector Alan Pike said two men had been arrested.")]
    public void APoliceRank_IsNoPartOfTheName(string text)
    {
        Assert.Equal([("Alan Pike", EntityType.Person)], Names(text));
    }

    [Theory]
    [InlineData("Lowther beat Kirkby United 3-0 at home on Saturday.", "Kirkby United")]
    [InlineData("The visitors, Harwich United, scored late.", "Harwich United")]
    public void ANameEndingInUnited_IsAClub(string text, string name)
    {
        Assert.Contains((name, EntityType.Org), Names(text));
    }

    [Theory]
    [InlineData("Analysts at Moody's cut the rating on Tuesday.")]
    [InlineData("Moody's said the outlook was negative.")]
    public void AFirmNamedInThePossessive_KeepsItsS(string text)
    {
        Assert.Contains(("Moody's", EntityType.Org), Names(text));
    }

    [Fact]
    public void AnInstituteWhereAFellowWorks_IsABody()
    {
        Assert.Contains(("Harlow Center", EntityType.Org), Names("\"It is a worry,\" said Ana Ruiz, a Danube specialist at the Harlow Center in Chicago."));
    }

    [Fact]
    public void ABbcRadioStation_IsOneName()
    {
        Assert.Contains(("BBC Radio Kent", EntityType.Org), Names("He told BBC Radio Kent that the plan would fail."));
    }

    [Fact]
    public void ARiverBeforeARoleNoun_IsNoPerson()
    {
        var names = Names("Mekong specialist Dara Hout said the dams would cut the catch.");
        Assert.Contains(("Mekong", EntityType.Loc), names);
        Assert.Contains(("Dara Hout", EntityType.Person), names);
    }

    [Fact]
    public void AStockIndex_IsNoOrganisation()
    {
        var names = Names("The DAX fell 2 percent in Frankfurt while the FTSE 100 rose and the Nikkei 225 slipped.");
        Assert.DoesNotContain(names, n => n.Text.StartsWith("DAX") || n.Text.StartsWith("FTSE") || n.Text.StartsWith("Nikkei"));
    }

    [Fact]
    public void APlaceAndTownInAScore_IsTheClub()
    {
        var names = Names("Wrexham Town beat Oswestry Town 2-1 in the league on Saturday.");
        Assert.Contains(("Wrexham Town", EntityType.Org), names);
        Assert.Contains(("Oswestry Town", EntityType.Org), names);
    }
}
