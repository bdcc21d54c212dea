namespace Dossier.Language.Entities;

/// <summary>General knowledge compiled into the recogniser: countries, capitals, seats of power, demonyms, bodies and outlets.</summary>
/// <remarks>
/// Rows are <c>|</c>-separated fields; within a field, <c>;</c> separates alternatives. Nothing here is particular to
/// any one story: it is the kind of list an atlas or a style guide holds.
/// </remarks>
internal static class GazetteerData
{
    /// <summary>Country | other names and acronyms | capital(s) | demonyms and adjectives.</summary>
    public const string Countries = """
Afghanistan||Kabul|Afghan;Afghans
Albania||Tirana|Albanian;Albanians
Algeria||Algiers|Algerian;Algerians
Andorra||Andorra la Vella|Andorran
Angola||Luanda|Angolan;Angolans
Argentina||Buenos Aires|Argentine;Argentinian;Argentines;Argentinians
Armenia||Yerevan|Armenian;Armenians
Australia||Canberra|Australian;Australians
Austria||Vienna|Austrian;Austrians
Azerbaijan||Baku|Azerbaijani;Azeri;Azerbaijanis
Bahrain||Manama|Bahraini;Bahrainis
Bangladesh||Dhaka|Bangladeshi;Bangladeshis
Belarus||Minsk|Belarusian;Belarusians
Belgium||Brussels|Belgian;Belgians
Bolivia||La Paz;Sucre|Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian;Bosnians
Botswana||Gaborone|Botswanan
Brazil||Brasilia;Brasília|Brazilian;Brazilians
Bulgaria||Sofia|Bulgarian;Bulgarians
Burkina Faso||Ouagadougou|Burkinabe
Cambodia||Phnom Penh|Cambodian;Cambodians
Cameroon||Yaounde;Yaoundé|Cameroonian;Cameroonians
Canada||Ottawa|Canadian;Canadians
Chad||N'Djamena|Chadian;Chadians
Chile||Santiago|Chilean;Chileans
China|People's Republic of China;PRC|Beijing|Chinese
Colombia||Bogota;Bogotá|Colombian;Colombians
Croatia||Zagreb|Croatian;Croatians;Croat;Croats
Cuba||Havana|Cuban;Cubans
Cyprus||Nicosia|Cypriot;Cypriots
Czech Republic|Czechia|Prague|Czech;Czechs
Democratic Republic of the Congo|DR Congo;DRC;Congo|Kinshasa|Congolese
Denmark||Copenhagen|Danish;Dane;Danes
Ecuador||Quito|Ecuadorian;Ecuadorians
Egypt||Cairo|Egyptian;Egyptians
Eritrea||Asmara|Eritrean;Eritreans
Estonia||Tallinn|Estonian;Estonians
Ethiopia||Addis Ababa|Ethiopian;Ethiopians
Finland||Helsinki|Finnish;Finn;Finns
France|French Republic|Paris|French;Frenchman;Frenchmen
Georgia||Tbilisi|Georgian;Georgians
Germany|Federal Republic of Germany|Berlin|German;Germans
Ghana||Accra|Ghanaian;Ghanaians
Greece||Athens|Greek;Greeks
Guatemala||Guatemala City|Guatemalan;Guatemalans
Haiti||Port-au-Prince|Haitian;Haitians
Honduras||Tegucigalpa|Honduran;Hondurans
Hungary||Budapest|Hungarian;Hungarians
Iceland||Reykjavik|Icelandic;Icelander;Icelanders
India||New Delhi|Indian;Indians
Indonesia||Jakarta|Indonesian;Indonesians
Iran|Islamic Republic of Iran|Tehran|Iranian;Iranians;Persian
Iraq||Baghdad|Iraqi;Iraqis
Ireland|Republic of Ireland|Dublin|Irish
Israel||Jerusalem|Israeli;Israelis
Italy||Rome|Italian;Italians
Ivory Coast|Côte d'Ivoire|Yamoussoukro|Ivorian;Ivorians
Jamaica||Kingston|Jamaican;Jamaicans
Japan||Tokyo|Japanese
Jordan||Amman|Jordanian;Jordanians
Kazakhstan||Astana|Kazakh;Kazakhs;Kazakhstani
Kenya||Nairobi|Kenyan;Kenyans
Kosovo||Pristina|Kosovar;Kosovars
Kuwait||Kuwait City|Kuwaiti;Kuwaitis
Kyrgyzstan||Bishkek|Kyrgyz
Laos||Vientiane|Laotian;Lao
Latvia||Riga|Latvian;Latvians
Lebanon||Beirut|Lebanese
Libya||Tripoli|Libyan;Libyans
Lithuania||Vilnius|Lithuanian;Lithuanians
Luxembourg||Luxembourg City|Luxembourgish
Malaysia||Kuala Lumpur|Malaysian;Malaysians
Mali||Bamako|Malian;Malians
Malta||Valletta|Maltese
Mexico||Mexico City|Mexican;Mexicans
Moldova||Chisinau;Chișinău|Moldovan;Moldovans
Mongolia||Ulaanbaatar;Ulan Bator|Mongolian;Mongolians
Montenegro||Podgorica|Montenegrin;Montenegrins
Morocco||Rabat|Moroccan;Moroccans
Mozambique||Maputo|Mozambican;Mozambicans
Myanmar|Burma|Naypyidaw;Naypyitaw|Burmese;Myanmarese
Namibia||Windhoek|Namibian;Namibians
Nepal||Kathmandu|Nepalese;Nepali
Netherlands|Holland;The Netherlands|Amsterdam;The Hague|Dutch
New Zealand||Wellington|New Zealander;New Zealanders
Nicaragua||Managua|Nicaraguan;Nicaraguans
Niger||Niamey|Nigerien
Nigeria||Abuja|Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|Pyongyang|North Korean;North Koreans
North Macedonia|Macedonia|Skopje|Macedonian;Macedonians
Norway||Oslo|Norwegian;Norwegians
Oman||Muscat|Omani;Omanis
Pakistan||Islamabad|Pakistani;Pakistanis
Palestine|Palestinian Territories;State of Palestine|Ramallah|Palestinian;Palestinians
Panama||Panama City|Panamanian;Panamanians
Paraguay||Asuncion;Asunción|Paraguayan;Paraguayans
Peru||Lima|Peruvian;Peruvians
Philippines|The Philippines|Manila|Filipino;Filipinos;Philippine
Poland||Warsaw|Polish;Pole;Poles
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari;Qataris
Romania||Bucharest|Romanian;Romanians
Russia|Russian Federation|Moscow|Russian;Russians
Rwanda||Kigali|Rwandan;Rwandans
Saudi Arabia|KSA;Kingdom of Saudi Arabia|Riyadh|Saudi;Saudis;Saudi Arabian
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian;Serbians;Serb;Serbs
Singapore|||Singaporean;Singaporeans
Slovakia||Bratislava|Slovak;Slovakian;Slovaks
Slovenia||Ljubljana|Slovenian;Slovene;Slovenians
Somalia||Mogadishu|Somali;Somalis
South Africa||Pretoria;Cape Town|South African;South Africans
South Korea|Republic of Korea;ROK|Seoul|South Korean;South Koreans
South Sudan||Juba|South Sudanese
Spain||Madrid|Spanish;Spaniard;Spaniards
Sri Lanka||Colombo|Sri Lankan;Sri Lankans
Sudan||Khartoum|Sudanese
Sweden||Stockholm|Swedish;Swede;Swedes
Switzerland||Bern;Berne|Swiss
Syria|Syrian Arab Republic|Damascus|Syrian;Syrians
Taiwan|Republic of China|Taipei|Taiwanese
Tajikistan||Dushanbe|Tajik;Tajiks
Tanzania||Dodoma|Tanzanian;Tanzanians
Thailand||Bangkok|Thai;Thais
Tunisia||Tunis|Tunisian;Tunisians
Turkey|Türkiye;Turkiye|Ankara|Turkish;Turk;Turks
Turkmenistan||Ashgabat|Turkmen
Uganda||Kampala|Ugandan;Ugandans
Ukraine||Kyiv;Kiev|Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Abu Dhabi|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|London|British;Briton;Britons
United States|US;U.S.;USA;U.S.A.;United States of America;America|Washington;Washington, D.C.;Washington DC|American;Americans
Uruguay||Montevideo|Uruguayan;Uruguayans
Uzbekistan||Tashkent|Uzbek;Uzbeks
Venezuela||Caracas|Venezuelan;Venezuelans
Vietnam|Viet Nam|Hanoi|Vietnamese
Yemen||Sanaa;Sana'a|Yemeni;Yemenis
Zambia||Lusaka|Zambian;Zambians
Antigua and Barbuda|Antigua|Saint John's|Antiguan;Antiguans
Bahamas|The Bahamas|Nassau|Bahamian;Bahamians
Barbados||Bridgetown|Barbadian;Barbadians
Belize||Belmopan|Belizean;Belizeans
Benin||Porto-Novo|Beninese
Bhutan||Thimphu|Bhutanese
Brunei||Bandar Seri Begawan|Bruneian;Bruneians
Burundi||Gitega|Burundian;Burundians
Cape Verde|Cabo Verde|Praia|Cape Verdean;Cape Verdeans
Central African Republic||Bangui|Central African
Comoros||Moroni|Comorian
Costa Rica||San Jose;San José|Costa Rican;Costa Ricans
Djibouti||Djibouti City|Djiboutian
Dominica||Roseau|Dominican
Dominican Republic||Santo Domingo|
East Timor|Timor-Leste|Dili|East Timorese;Timorese
El Salvador||San Salvador|Salvadoran;Salvadorans;Salvadorian
Equatorial Guinea||Malabo|Equatoguinean
Eswatini|Swaziland|Mbabane|Swazi;Swazis
Fiji||Suva|Fijian;Fijians
Gabon||Libreville|Gabonese
Gambia|The Gambia|Banjul|Gambian;Gambians
Grenada||St. George's|Grenadian;Grenadians
Guinea||Conakry|Guinean;Guineans
Guinea-Bissau||Bissau|Bissau-Guinean
Guyana||Georgetown|Guyanese
Kiribati||Tarawa|I-Kiribati
Lesotho||Maseru|Basotho
Liberia||Monrovia|Liberian;Liberians
Liechtenstein||Vaduz|Liechtensteiner
Madagascar||Antananarivo|Malagasy
Malawi||Lilongwe|Malawian;Malawians
Maldives||Malé|Maldivian;Maldivians
Marshall Islands||Majuro|Marshallese
Mauritania||Nouakchott|Mauritanian;Mauritanians
Mauritius||Port Louis|Mauritian;Mauritians
Micronesia|Federated States of Micronesia|Palikir|Micronesian
Monaco||Monaco-Ville|Monegasque
Nauru||Yaren|Nauruan
Palau||Ngerulmud|Palauan
Papua New Guinea||Port Moresby|Papua New Guinean
Republic of the Congo|Congo-Brazzaville|Brazzaville|
Saint Kitts and Nevis|Saint Kitts;St Kitts;St. Kitts|Basseterre|Kittitian
Saint Lucia|St Lucia;St. Lucia|Castries|Saint Lucian
Saint Vincent and the Grenadines|Saint Vincent;St Vincent;St. Vincent|Kingstown|Vincentian
Samoa||Apia|Samoan;Samoans
San Marino||City of San Marino|Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|São Tomé;Sao Tome|
Seychelles|||Seychellois
Sierra Leone||Freetown|Sierra Leonean;Sierra Leoneans
Solomon Islands||Honiara|Solomon Islander
Suriname||Paramaribo|Surinamese
Togo||Lome;Lomé|Togolese
Tonga||Nuku'alofa|Tongan;Tongans
Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian;Trinidadians
Tuvalu||Funafuti|Tuvaluan
Vanuatu||Port Vila|Ni-Vanuatu
Vatican City|Vatican;Holy See||
Zimbabwe||Harare|Zimbabwean;Zimbabweans
""";

    /// <summary>Seats of power that stand for their country's government: name | country | type (GPE: an alias of the country; ORG: its own body, linked).</summary>
    public const string Seats = """
Kremlin|Russia|GPE
White House|United States|ORG
Pentagon|United States|ORG
Capitol Hill|United States|ORG
Downing Street|United Kingdom|GPE
Whitehall|United Kingdom|GPE
Elysée|France|GPE
Élysée|France|GPE
Elysee|France|GPE
Élysée Palace|France|GPE
Zhongnanhai|China|GPE
Blue House|South Korea|GPE
Kantei|Japan|GPE
Quai d'Orsay|France|ORG
Foggy Bottom|United States|ORG
Bankova|Ukraine|GPE
Malacañang|Philippines|GPE
Malacanang|Philippines|GPE
Malacañang Palace|Philippines|GPE
Casa Rosada|Argentina|GPE
Planalto|Brazil|GPE
Planalto Palace|Brazil|GPE
""";

    /// <summary>Organisations: name | acronyms and other names | country it belongs to (empty for international bodies).</summary>
    public const string Organisations = """
United Nations|UN;U.N.|
UN Security Council|United Nations Security Council;Security Council;UNSC|
UN General Assembly|United Nations General Assembly;General Assembly|
North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation|
European Union|EU;E.U.|
European Commission||
European Parliament||
International Atomic Energy Agency|IAEA|
International Monetary Fund|IMF|
World Bank||
World Health Organization|WHO;World Health Organisation|
World Trade Organization|WTO;World Trade Organisation|
International Criminal Court|ICC|
International Court of Justice|ICJ|
International Committee of the Red Cross|ICRC;Red Cross|
Organization for Security and Co-operation in Europe|OSCE|
African Union|AU|
Association of Southeast Asian Nations|ASEAN|
Group of Seven|G7|
Group of 20|G20|
Shanghai Cooperation Organisation|SCO|
Organization of the Petroleum Exporting Countries|OPEC|
Interpol||
Europol||
Eurojust||
Frontex||
Amnesty International||
Human Rights Watch|HRW|
Doctors Without Borders|Médecins Sans Frontières;MSF|
Arab League||
Gulf Cooperation Council|GCC|
Collective Security Treaty Organization|CSTO|
National Security Council|NSC|
Joint Chiefs of Staff||United States
Department of Defense|DoD;Defense Department;US Department of Defense|United States
Department of State|State Department|United States
Department of Homeland Security|DHS|United States
Department of Justice|Justice Department;DOJ|United States
Treasury Department|US Treasury;Department of the Treasury|United States
Central Intelligence Agency|CIA|United States
Federal Bureau of Investigation|FBI|United States
National Security Agency|NSA|United States
Defense Intelligence Agency|DIA|United States
Office of the Director of National Intelligence|ODNI|United States
US Congress|Congress;U.S. Congress|United States
US Senate|Senate;U.S. Senate|United States
House of Representatives||United States
Supreme Court||
US Army|U.S. Army|United States
US Navy|U.S. Navy|United States
US Air Force|U.S. Air Force|United States
US Marine Corps|U.S. Marine Corps;Marine Corps|United States
Republican Party|GOP|United States
Democratic Party||United States
Ministry of Defence|Defence Ministry;MoD|
Ministry of Defense|Defense Ministry|
Ministry of Foreign Affairs|Foreign Ministry|
Foreign Office|Foreign, Commonwealth and Development Office;FCDO|United Kingdom
Ministry of Unification|Unification Ministry|South Korea
National Intelligence Service|NIS|South Korea
Joint Chiefs of Staff of South Korea||South Korea
Korean Central News Agency|KCNA|North Korea
Workers' Party of Korea|Workers' Party|North Korea
Korean People's Army|KPA|North Korea
Federal Security Service|FSB|Russia
Main Intelligence Directorate|GRU|Russia
Foreign Intelligence Service|SVR|Russia
State Duma|Duma|Russia
Wagner Group||Russia
Security Service of Ukraine|SBU|Ukraine
Verkhovna Rada|Rada|Ukraine
Armed Forces of Ukraine||Ukraine
Bundestag||Germany
Bundeswehr||Germany
MI6|Secret Intelligence Service|United Kingdom
MI5||United Kingdom
Mossad||Israel
Hamas||
Hezbollah||
Taliban||
Islamic State|ISIS;ISIL;Daesh|
al-Qaeda|al Qaeda;Al-Qaeda;Al Qaeda|
People's Liberation Army|PLA|China
Chinese Communist Party|CCP;Communist Party of China|China
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards|Iran
UNESCO|United Nations Educational, Scientific and Cultural Organization|
UNICEF|United Nations Children's Fund|
UNHCR|UN Refugee Agency;United Nations High Commissioner for Refugees|
World Food Programme|WFP;World Food Program|
UN Development Programme|UNDP;United Nations Development Programme|
Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development|
Council of Europe||
European Central Bank|ECB|
European Council||
Federal Reserve|Fed;US Federal Reserve|United States
Bank of England||United Kingdom
Bank of France|Banque de France|France
Bank of Japan|BOJ|Japan
Bundesbank|Deutsche Bundesbank|Germany
Eurostat||
National Transportation Safety Board|NTSB|United States
United States Geological Survey|USGS;U.S. Geological Survey;US Geological Survey|United States
National Weather Service|NWS;U.S. National Weather Service|United States
National Hurricane Center|NHC;U.S. National Hurricane Center|United States
Met Office|UK Met Office|United Kingdom
European Medicines Agency|EMA|
Securities and Exchange Commission|SEC|United States
IG Metall||Germany
Commonwealth||
Warsaw Pact||
Hague Tribunal||
Greenpeace||
Oxfam||
Save the Children||
Red Crescent||
International Energy Agency|IEA|
World Economic Forum|WEF|
Federal Aviation Administration|FAA|United States
Environmental Protection Agency|EPA|United States
National Aeronautics and Space Administration|NASA|United States
Food and Drug Administration|FDA|United States
Centers for Disease Control and Prevention|CDC|United States
Department of Energy|Energy Department|United States
Department of Commerce|Commerce Department|United States
Department of Health and Human Services|HHS|United States
Department of Veterans Affairs|VA|United States
Internal Revenue Service|IRS|United States
Secret Service||United States
US Coast Guard|Coast Guard|United States
US Space Force|Space Force|United States
National Guard||United States
US Central Command|CENTCOM;Central Command|United States
US European Command|EUCOM|United States
US Indo-Pacific Command|INDOPACOM;Indo-Pacific Command|United States
House of Commons||United Kingdom
House of Lords||United Kingdom
Home Office||United Kingdom
Ministry of Defence of the United Kingdom||United Kingdom
Royal Navy||United Kingdom
Royal Air Force|RAF|United Kingdom
British Army||United Kingdom
Scotland Yard|Metropolitan Police|United Kingdom
Labour Party|Labour|United Kingdom
Conservative Party|Conservatives;Tories|United Kingdom
Liberal Democrats||United Kingdom
Knesset||Israel
Israel Defense Forces|IDF|Israel
Shin Bet||Israel
Palestine Liberation Organization|PLO|
Palestinian Authority||
Fatah||
Muslim Brotherhood||
Free Syrian Army|FSA|
Syrian Democratic Forces|SDF|
Kurdistan Workers' Party|PKK|
Peshmerga||
Jabhat al-Nusra|Nusra Front;al-Nusra Front;al-Nusra|
Hayat Tahrir al-Sham|HTS|
Boko Haram||
al-Shabaab|Al-Shabaab;al Shabaab|
Houthi movement|Ansar Allah|
Lok Sabha||India
Bharatiya Janata Party|BJP|India
Indian National Congress||India
National People's Congress|NPC|China
Politburo||
Japan Self-Defense Forces|Self-Defense Forces|Japan
Bundesrat||Germany
Sejm||Poland
Google||
Alphabet|Alphabet Inc|
Apple||
Microsoft||
Amazon||
Meta|Facebook|
Twitter||
YouTube||
Instagram||
TikTok||
Netflix||
Airbnb||
Uber||
Tesla||
SpaceX||
IBM||
Intel||
Samsung||
Huawei||
Sony||
Toyota||
Boeing||
Airbus||
Lockheed Martin||
Raytheon||
General Dynamics||
Northrop Grumman||
BAE Systems||
Gazprom||
Rosneft||
ExxonMobil|Exxon|
Shell||
BP||
Walmart||
Starbucks||
McDonald's||
Coca-Cola||
Disney|Walt Disney Company|
Pixar||
Hilton||
Marriott||
Goldman Sachs||
JPMorgan|JPMorgan Chase|
Citigroup|Citi|
Morgan Stanley||
Barclays||
HSBC||
Deutsche Bank||
UBS||
BNP Paribas||
Harvard|Harvard University|
Yale|Yale University|
Stanford|Stanford University|
Princeton|Princeton University|
Massachusetts Institute of Technology|MIT|
Columbia University||
Cambridge University|University of Cambridge|
Oxford University|University of Oxford|
National Institutes of Health|NIH|United States
Karolinska Institute|Karolinska Institutet|Sweden
Johns Hopkins University|Johns Hopkins|United States
Mayo Clinic||United States
Wellcome Trust|Wellcome|United Kingdom
Cancer Research UK||United Kingdom
Crown Prosecution Service|CPS|United Kingdom
National Crime Agency||United Kingdom
Météo-France|Meteo-France|France
AEMET||Spain
SNCF||France
Deutsche Bahn||Germany
New York Stock Exchange|NYSE|United States
London Stock Exchange||United Kingdom
Nasdaq|NASDAQ|United States
""";

    /// <summary>News outlets and agencies: canonical name | other names.</summary>
    public const string Outlets = """
Reuters|Thomson Reuters
Associated Press|AP;The Associated Press
Agence France-Presse|AFP;Agence France Presse
BBC|British Broadcasting Corporation;BBC News
Bloomberg|Bloomberg News
The Guardian|Guardian
The New York Times|New York Times;NYT;NY Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal;WSJ
Financial Times|FT;The Financial Times
The Telegraph|Daily Telegraph;The Daily Telegraph
Nikkei|Nikkei Asia;Nikkei Asian Review
Al Jazeera|Al-Jazeera;Aljazeera
PBS|Public Broadcasting Service;PBS NewsHour
CNN|Cable News Network
NBC|NBC News
CBS|CBS News
ABC|ABC News
Fox News|
NPR|National Public Radio
MSNBC|
Politico|
Axios|
Newsweek|
Deutsche Welle|DW
France 24|
Euronews|
Sky News|
Yonhap|Yonhap News Agency
Kyodo|Kyodo News
NHK|
ZDF|
ARD|
Anadolu Agency|Anadolu;AA
Xinhua|Xinhua News Agency
TASS|
RIA Novosti|RIA
Russia Today|RT
Interfax|
Ukrinform|
Kyiv Independent|The Kyiv Independent
South China Morning Post|SCMP
Le Monde|
Der Spiegel|Spiegel
ANI|Asian News International
Times of India|The Times of India
Voice of America|VOA
Radio Free Europe|RFE/RL;Radio Free Europe/Radio Liberty
CNBC|
USA Today|
Los Angeles Times|LA Times
The Korea Herald|Korea Herald
The Korea Times|Korea Times
Asahi Shimbun|The Asahi Shimbun
Yomiuri Shimbun|The Yomiuri Shimbun
The Times|
The Economist|Economist
Daily Mail|The Daily Mail
The New Yorker|New Yorker
Forbes|
HuffPost|Huffington Post;The Huffington Post
BuzzFeed|BuzzFeed News
Breitbart|Breitbart News
Al Arabiya|
Haaretz|
The Jerusalem Post|Jerusalem Post
Times of Israel|The Times of Israel
Kommersant|
Izvestia|
Pravda|
People's Daily|
Global Times|
Hindustan Times|
The Hindu|
Le Figaro|
Die Welt|
Frankfurter Allgemeine Zeitung|FAZ
El País|El Pais
Corriere della Sera|
ITV|ITV News
Channel 4|Channel 4 News
CBC|CBC News;Canadian Broadcasting Corporation
ABC Australia|Australian Broadcasting Corporation
Sputnik|
""";

    /// <summary>Places that are not countries but are well-known regions or features (LOC).</summary>
    public const string Regions = """
Middle East
North Africa
Sub-Saharan Africa
Africa
Asia
Europe
Eastern Europe
Western Europe
Central Asia
South Asia
Southeast Asia
East Asia
Latin America
North America
South America
Balkans
Caucasus
Arctic
Antarctica
Korean Peninsula
Crimea
Donbas
Donbass
Gaza
Gaza Strip
West Bank
Kashmir
Sahel
Black Sea
Baltic Sea
Mediterranean
Mediterranean Sea
South China Sea
East China Sea
Sea of Japan
Yellow Sea
Red Sea
Persian Gulf
Gulf of Aden
Strait of Hormuz
Taiwan Strait
Pacific
Pacific Ocean
Atlantic
Atlantic Ocean
Indian Ocean
Siberia
Far East
Indo-Pacific
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
West Virginia
Wisconsin
Wyoming
Puerto Rico
Guam
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New South Wales
Queensland
Tasmania
England
Scotland
Wales
Northern Ireland
Bavaria
Catalonia
Lombardy
Tuscany
Sicily
Sardinia
Andalusia
Siberia
Chechnya
Dagestan
Tibet
Xinjiang
Hong Kong
Macau
Guangdong
Sichuan
Punjab
Bengal
Kerala
Gujarat
Andhra Pradesh
Arunachal Pradesh
Assam
Bihar
Chhattisgarh
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand
West Bengal
Jammu and Kashmir
Ladakh
Luzon
Mindanao
Visayas
Kurdistan
Anbar
Nineveh
Darfur
Sinai
Golan Heights
Galilee
Negev
Los Angeles
Chicago
Houston
Philadelphia
San Francisco
San Diego
Seattle
Boston
Miami
Atlanta
Dallas
Detroit
Denver
Las Vegas
New Orleans
Baltimore
Pittsburgh
Cleveland
Minneapolis
St. Louis
Tulsa
Oklahoma City
Honolulu
Manhattan
Brooklyn
Queens
Bronx
Silicon Valley
Toronto
Montreal
Vancouver
Sydney
Melbourne
Brisbane
Perth
Auckland
London
Manchester
Liverpool
Birmingham
Glasgow
Edinburgh
Belfast
Leeds
Bristol
Hamburg
Munich
Frankfurt
Cologne
Milan
Naples
Venice
Florence
Turin
Barcelona
Seville
Marseille
Lyon
Geneva
Zurich
Rotterdam
Antwerp
St. Petersburg
Saint Petersburg
Novosibirsk
Vladivostok
Yekaterinburg
Kharkiv
Odesa
Odessa
Lviv
Mariupol
Bakhmut
Donetsk
Luhansk
Kherson
Zaporizhzhia
Dnipro
Sevastopol
Istanbul
Ankara
Izmir
Aleppo
Homs
Hama
Idlib
Raqqa
Deir ez-Zor
Palmyra
Latakia
Daraa
Kobani
Afrin
Mosul
Fallujah
Goma
Bukavu
Ramadi
Tikrit
Kirkuk
Erbil
Basra
Najaf
Karbala
Benghazi
Misrata
Aden
Sanaa
Jeddah
Mecca
Medina
Dubai
Abu Dhabi
Alexandria
Tel Aviv
Haifa
Jerusalem
Gaza City
Rafah
Hebron
Ramallah
Kandahar
Herat
Mazar-i-Sharif
Karachi
Lahore
Peshawar
Mumbai
Bombay
Kolkata
Calcutta
Chennai
Bangalore
Bengaluru
Hyderabad
Shanghai
Hong Kong Island
Shenzhen
Guangzhou
Wuhan
Chongqing
Tianjin
Osaka
Kyoto
Yokohama
Hiroshima
Nagasaki
Okinawa
Busan
Incheon
Panmunjom
Kaesong
Sinuiju
Wonsan
Ho Chi Minh City
Saigon
Johannesburg
Cape Town
Lagos
Rio de Janeiro
Sao Paulo
São Paulo
Mexico City
Guadalajara
Tijuana
Amazon River
Nile
Danube
Mekong
Ganges
Indus
Zambezi
Irrawaddy
Brahmaputra
Salween
Orinoco
Limpopo
Okavango
Yenisei
Rhine
Thames
Euphrates
Tigris
Jordan River
Mississippi River
Yangtze
Dnieper
Volga
Alps
Pyrenees
Massif Central
Apennines
Carpathians
Bay of Biscay
Loire
Rhône
Himalayas
Rockies
Rocky Mountains
Andes
Urals
Sahara
Gobi
Caribbean
Caribbean Sea
North Sea
Baltic
Barents Sea
Caspian Sea
Sea of Azov
Gulf of Mexico
Arabian Sea
Bay of Bengal
Gulf of Oman
Bosphorus
Suez Canal
Panama Canal
Strait of Gibraltar
English Channel
Scandinavia
Western Sahara
Horn of Africa
Persian Gulf region
Levant
Mesopotamia
Eurasia
Oceania
Polynesia
Latin America and the Caribbean
""";

    /// <summary>Nationalities, religions and political groups that are not tied to one country (NORP).</summary>
    public const string Groups = """
European;Europeans
Western
Asian;Asians
African;Africans
Arab;Arabs
Kurdish;Kurd;Kurds
Muslim;Muslims
Christian;Christians
Jewish;Jew;Jews
Catholic;Catholics
Sunni;Sunnis
Shia;Shiite;Shiites
Buddhist;Buddhists
Hindu;Hindus
Republican;Republicans
Democrat;Democrats
Soviet;Soviets
Korean;Koreans
Latino;Latinos
Slavic
Pashtun
Alawite;Alawites
Houthi;Houthis
Yazidi;Yazidis
Uyghur;Uyghurs;Uighur;Uighurs
Tatar;Tatars
Chechen;Chechens
""";
}
