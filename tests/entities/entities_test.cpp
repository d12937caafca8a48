// entities/: what an analyst expects to see named, rule by rule.
#include <doctest/doctest.h>

#include <array>

#include "test_util.hpp"

using attache_test::check_entities;
using attache_test::entity_keys;
using attache_test::extractor;
using V = std::vector<std::string>;

namespace {

V entities(const std::string& text) { return entity_keys(extractor().extract(text)); }

const attache::Entity* find(const attache::Document& d, const std::string& text) {
  for (const auto& e : d.entities)
    if (e.text == text) return &e;
  return nullptr;
}

}  // namespace

TEST_SUITE("entities") {

TEST_CASE("countries by name, official name, abbreviation and demonym") {
  check_entities({
      {"North Korea and the DPRK are one country.", {"COUNTRY:North Korea=PRK", "COUNTRY:DPRK=PRK"}},
      {"The Democratic People's Republic of Korea replied.", {"COUNTRY:Democratic People's Republic of Korea=PRK"}},
      {"U.S. and UK officials met South Korean diplomats.",
       {"COUNTRY:U.S.=USA", "COUNTRY:UK=GBR", "COUNTRY:South Korean=KOR"}},
      {"Emirati and Saudi envoys joined Filipino workers.",
       {"COUNTRY:Emirati=ARE", "COUNTRY:Saudi=SAU", "COUNTRY:Filipino=PHL"}},
      {"T\xC3\xBCrkiye, formerly Turkey, and Czechia signed.",
       {"COUNTRY:T\xC3\xBCrkiye=TUR", "COUNTRY:Turkey=TUR", "COUNTRY:Czechia=CZE"}},
      {"Burma, Ivory Coast and Eswatini were listed.",
       {"COUNTRY:Burma=MMR", "COUNTRY:Ivory Coast=CIV", "COUNTRY:Eswatini=SWZ"}},
      {"Kosovo and the Holy See sent notes.", {"COUNTRY:Kosovo=XKX", "COUNTRY:Holy See=VAT"}},
      // A colony's name is the state it became (aliases.tsv); so is a
      // dated demonym.
      {"De Gaulle stopped in French Somaliland.", {"PERSON:De Gaulle", "COUNTRY:French Somaliland=DJI"}},
      {"The Ceylonese government protested.", {"COUNTRY:Ceylonese=LKA"}},
      {"King Chulalongkorn of Siam visited Europe.", {"PERSON:Chulalongkorn", "COUNTRY:Siam=THA"}},
  });
}

TEST_CASE("states that no longer exist have their former ISO codes (ISO 3166-3)") {
  check_entities({
      {"Soviet leader Mikhail Gorbachev met East German officials.",
       {"COUNTRY:Soviet=SUN", "PERSON:Mikhail Gorbachev", "COUNTRY:East German=DDR"}},
      {"Yugoslavia and Czechoslovakia broke up; West Germany absorbed the GDR.",
       {"COUNTRY:Yugoslavia=YUG", "COUNTRY:Czechoslovakia=CSK", "COUNTRY:West Germany=DEU", "COUNTRY:GDR=DDR"}},
      // A renamed state keeps today's code; "former Soviet" is a time.
      {"Zaire's army fled. The bloc groups former Soviet republics.", {"COUNTRY:Zaire=COD"}},
  });
}

TEST_CASE("ambiguous country names follow their rules") {
  check_entities({
      {"We ate turkey while Turkey voted.", {"COUNTRY:Turkey=TUR"}},
      {"Cheap china plates were made in China.", {"COUNTRY:China=CHN"}},
      {"Niger and Nigeria share a border.", {"COUNTRY:Niger=NER", "COUNTRY:Nigeria=NGA"}},
      {"Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea met.",
       {"COUNTRY:Guinea-Bissau=GNB", "COUNTRY:Equatorial Guinea=GNQ", "COUNTRY:Papua New Guinea=PNG",
        "COUNTRY:Guinea=GIN"}},
      {"Elections across the Democratic Republic of Congo were delayed.", {"COUNTRY:Democratic Republic of Congo=COD"}},
      {"Congo-Brazzaville and the Republic of Congo are one state.",
       {"COUNTRY:Congo-Brazzaville=COG", "COUNTRY:Republic of Congo=COG"}},
      // (The other state named beside an ambiguous name in its sentence is
      // no cue.)
      {"Congo and the Republic of Congo signed a deal.", {"COUNTRY:Congo=COD", "COUNTRY:Republic of Congo=COG"}},
      {"In Atlanta, Georgia voters lined up.", {}},
      {"Georgia and Armenia signed a deal in Tbilisi.", {"COUNTRY:Georgia=GEO", "COUNTRY:Armenia=ARM"}},
      {"Chad Smith said Jordan and Israel talked.", {"PERSON:Chad Smith", "COUNTRY:Jordan=JOR", "COUNTRY:Israel=ISR"}},
      // Rivers, basins and straits named after a country name no government.
      {"Farmers along the Jordan River and in the Congo Basin need water.", {}},
      {"China sent warships through the Taiwan Strait, and Taiwan protested.",
       {"COUNTRY:China=CHN", "COUNTRY:Taiwan=TWN"}},
      // "North and South Korea": the first compass word is the other country.
      {"North and South Korea agreed to talks.", {"COUNTRY:North=PRK", "COUNTRY:South Korea=KOR"}},
      {"South and North Korean officials met.", {"COUNTRY:South=KOR", "COUNTRY:North Korean=PRK"}},
      {"He toured North and South Dakota.", {}},
  });
}

TEST_CASE("a capital is the country only when it stands for the government") {
  // ("angered Kyiv" is its government; "Kyiv residents" live in the city.)
  auto d = extractor().extract(
      "Pyongyang said it would respond. Moscow's decision angered Kyiv. Talks were held in Pyongyang. The strike "
      "angered Kyiv residents.");
  V keys = entity_keys(d);
  CHECK(keys == V{"COUNTRY:Pyongyang=PRK", "COUNTRY:Moscow=RUS", "COUNTRY:Kyiv=UKR"});
  const auto* first = find(d, "Pyongyang");
  REQUIRE(first);
  CHECK(first->form == attache::CountryForm::capital);
  // The place is still known, with its country.
  int places = 0;
  for (const auto& e : d.entities)
    if (e.type == attache::EntityType::place) {
      ++places;
      CHECK((e.code == "PRK" || e.code == "UKR"));
    }
  CHECK(places == 2);
}

TEST_CASE("an international body before a title is an organization of its own") {
  check_entities({
      {"U.N. Secretary-General Kofi Annan urged restraint.", {"ORGANIZATION:U.N.", "PERSON:Kofi Annan"}},
      {"NATO Secretary-General Mark Rutte spoke.", {"ORGANIZATION:NATO", "PERSON:Mark Rutte"}},
  });
  const auto d = extractor().extract("Syria's U.N. Ambassador Bashar Jaafari spoke.");
  const auto* p = find(d, "Bashar Jaafari");
  REQUIRE(p);
  CHECK(p->title == "Ambassador");
  CHECK(p->country == "SYR");  // the country before the body is the person's
}

TEST_CASE("a place after a country, a place noun and 'of' is in that country") {
  auto places = [](const std::string& text) {
    V out;
    for (const auto& e : extractor().extract(text).entities)
      if (e.type == attache::EntityType::place) out.push_back(e.text + "=" + e.code);
    return out;
  };
  // A known place that names two (Tripoli is Libya's capital too).
  CHECK(places("Clashes erupted in the northern Lebanese city of Tripoli.") == V{"Tripoli=LBN"});
  CHECK(places("Italy reopened its embassy in Tripoli.") == V{"Tripoli=LBY"});
  // An unknown name becomes a place of that country, also after a possessive.
  CHECK(places("Kurdish fighters retook Syria's border town of Kobani.") == V{"Kobani=SYR"});
  CHECK(places("The Iraqi port city of Umm Qasr was shelled.") == V{"Umm Qasr=IRQ"});
  // No place noun: nothing new.
  CHECK(places("The Iraqi leaders of Zarbilat met.").empty());
  CHECK(places("The Iraqi town of Zarbilat was shelled.") == V{"Zarbilat=IRQ"});
  // So a visit's host is the country of the place.
  CHECK(attache_test::event_keys(extractor().extract("Pope Francis visited the Lebanese city of Tripoli.")) ==
        V{"DIPLOMATIC_VISIT VAT>LBN"});
}

TEST_CASE("a capital stands for the government as the subject or the object of acts of state") {
  check_entities({
      // Brussels as a government is the European Union (places.tsv flag
      // not-government): it stays a place of Belgium.
      {"Brussels warned Budapest over the new law.", {"COUNTRY:Budapest=HUN"}},
      // An official name's article is no part of the mention.
      {"The State of Eritrea replied.", {"COUNTRY:State of Eritrea=ERI"}},
      // Subject, with an adverb between it and the verb, and coordinated.
      {"Trade grew after Canberra began lifting tariffs.", {"COUNTRY:Canberra=AUS"}},
      {"Hanoi and Manila also agreed to share patrol data.", {"COUNTRY:Hanoi=VNM", "COUNTRY:Manila=PHL"}},
      {"Ottawa later expressed regret.", {"COUNTRY:Ottawa=CAN"}},
      {"Washington and Beijing traded accusations.", {"COUNTRY:Washington=USA", "COUNTRY:Beijing=CHN"}},
      {"Tokyo froze the assets of three banks.", {"COUNTRY:Tokyo=JPN"}},
      // Object of a verb of dealing with a government.
      {"The minister thanked Nairobi for its support.", {"COUNTRY:Nairobi=KEN"}},
      {"Brazil offered to brief Paris and Berlin on the talks.",
       {"COUNTRY:Brazil=BRA", "COUNTRY:Paris=FRA", "COUNTRY:Berlin=DEU"}},
      // A city visited, or the place of an act, stays a place.
      {"The minister visited Nairobi and Kampala.", {}},
      {"Talks in Hanoi began on Monday.", {}},
      // Dealings between governments: a noun and a preposition (relation-nouns.txt).
      {"The kingdom severed relations with Tehran.", {"COUNTRY:Tehran=IRN"}},
      {"The pact sent a clear message to Beijing.", {"COUNTRY:Beijing=CHN"}},
      {"Seoul's finance ministry warned of rising tensions with Pyongyang.",
       {"COUNTRY:Seoul=KOR", "ORGANIZATION:finance ministry", "COUNTRY:Pyongyang=PRK"}},
      {"The group urged more pressure on Pyongyang.", {"COUNTRY:Pyongyang=PRK"}},
      // More verbs of a government, as subject or object.
      {"Moscow dismissed the sanctions as illegal.", {"COUNTRY:Moscow=RUS"}},
      {"China was angered when Vilnius allowed an office to open.", {"COUNTRY:China=CHN", "COUNTRY:Vilnius=LTU"}},
      {"Ankara has been pressing Moscow to return to the deal.", {"COUNTRY:Ankara=TUR", "COUNTRY:Moscow=RUS"}},
      // A part of the city after its possessive is the city (city-parts.txt)...
      {"Militias fought for control of Tripoli's international airport.", {}},
      {"He was arrested at Manila's main airport.", {}},
      // ... unless the part only modifies the noun: "port deal".
      {"A row over Addis Ababa's port deal grew.", {"COUNTRY:Addis Ababa=ETH"}},
      {"Khartoum reacted within hours.", {"COUNTRY:Khartoum=SDN"}},
      {"Solomon Islands switched recognition to Beijing, prompting Taipei to announce a closure.",
       {"COUNTRY:Solomon Islands=SLB", "COUNTRY:Beijing=CHN", "COUNTRY:Taipei=TWN"}},
      // "Ibero-American", "Latin American": no American mention.
      {"Latin American leaders met at the Ibero-American summit in Santiago.", {}},
      {"Freetown still regarded Libya as a partner.", {"COUNTRY:Freetown=SLE", "COUNTRY:Libya=LBY"}},
      {"The governor was not traveling on behalf of Washington.", {"COUNTRY:Washington=USA"}},
      // Reactions and influence from or with a government; verbs in their
      // base form after "to" or a modal.
      {"The deal drew swift concern from Seoul, Tokyo and Washington.",
       {"COUNTRY:Seoul=KOR", "COUNTRY:Tokyo=JPN", "COUNTRY:Washington=USA"}},
      {"Many still want a fresh apology from Tokyo.", {"COUNTRY:Tokyo=JPN"}},
      {"Britain has been negotiating with Tehran.", {"COUNTRY:Britain=GBR", "COUNTRY:Tehran=IRN"}},
      {"Officials used the meetings to press Washington to end the strikes.", {"COUNTRY:Washington=USA"}},
      {"Rights groups accuse Beijing of shielding its ally.", {"COUNTRY:Beijing=CHN"}},
      // More verbs of governments, nouns of dealings and verbs whose object
      // is one.
      {"Pretoria regretted the loss of life, as Washington steps up its efforts.",
       {"COUNTRY:Pretoria=ZAF", "COUNTRY:Washington=USA"}},
      {"The visit should deepen the strategic partnership between Abuja and Beijing.",
       {"COUNTRY:Abuja=NGA", "COUNTRY:Beijing=CHN"}},
      {"The decision was taken to avoid irritating New Delhi.", {"COUNTRY:New Delhi=IND"}},
      {"Relations between Seoul and Tokyo had been frozen.", {"COUNTRY:Seoul=KOR", "COUNTRY:Tokyo=JPN"}},
      {"Tensions rose, with Tehran criticising the drills.", {"COUNTRY:Tehran=IRN"}},
      {"Japan joined sanctions against Moscow in solidarity with London.",
       {"COUNTRY:Japan=JPN", "COUNTRY:Moscow=RUS", "COUNTRY:London=GBR"}},
      {"Most diplomats moved to Qatar, according to Seoul.", {"COUNTRY:Qatar=QAT", "COUNTRY:Seoul=KOR"}},
      {"Washington notified Moscow of the trip.", {"COUNTRY:Washington=USA", "COUNTRY:Moscow=RUS"}},
      {"Kiribati decided to drop Taipei in favour of Beijing.",
       {"COUNTRY:Kiribati=KIR", "COUNTRY:Taipei=TWN", "COUNTRY:Beijing=CHN"}},
      {"But were Pyongyang to keep pruning at this rate, its missions would be few.", {"COUNTRY:Pyongyang=PRK"}},
  });
}

TEST_CASE("people: postings, kin, generational suffixes; seas are no people") {
  check_entities({
      // A posting between the title and the name.
      {"Japan's new ambassador to Chile, Haruki Tomioka, arrived in Santiago.",
       {"COUNTRY:Japan=JPN", "COUNTRY:Chile=CHL", "PERSON:Haruki Tomioka"}},
      // ... also with no comma, after "for" and "the".
      {"U.S. special envoy for Yemen Tim Lenderking spoke.",
       {"COUNTRY:U.S.=USA", "COUNTRY:Yemen=YEM", "PERSON:Tim Lenderking"}},
      {"U.S. Ambassador to China Nicholas Burns spoke.", {"COUNTRY:U.S.=USA", "COUNTRY:China=CHN", "PERSON:Nicholas Burns"}},
      {"The envoy to Japan Monday said talks would go on.", {"COUNTRY:Japan=JPN"}},
      // Kin before a name.
      {"The senator and his wife Odile Marchetti left.", {"PERSON:Odile Marchetti"}},
      // "Jr." is no family name: the later "Rivas" is the same person. (The
      // suffix keeps its dot.)
      {"Honduran President Teodoro Rivas Jr. spoke. Rivas then left.",
       {"COUNTRY:Honduran=HND", "PERSON:Teodoro Rivas Jr.", "PERSON:Rivas"}},
      {"Ambassador Thomas J. Watson Jr. left Moscow.", {"PERSON:Thomas J. Watson Jr."}},
      // A middle initial: one person over the three words (their country:
      // the events test "a nineteenth round").
      {"Soviet Premier Alexei N. Kosygin spoke.", {"COUNTRY:Soviet=SUN", "PERSON:Alexei N. Kosygin"}},
      {"Secretary Antony J. Blinken spoke.", {"PERSON:Antony J. Blinken"}},
      {"Walter J. Blinken spoke.", {"PERSON:Walter J. Blinken"}},
      // Two office-holders of one country share a family name: it still
      // names a person of that country ("Bush", "Clinton")...
      {"Lawmakers said Bush and Clinton would attend.", {"PERSON:Bush", "PERSON:Clinton"}},
      // ... but a family name written first is too common to stand alone.
      {"Chinese Ambassador Chen Song met the minister.", {"COUNTRY:Chinese=CHN", "PERSON:Chen Song"}},
      // A sea, a river: geography, not a person.
      {"Ministers of the Caspian Sea states met near the Ural River.", {}},
      // A newspaper's name without the word "newspaper".
      {"An article in the Rodong Sinmun newspaper praised the visit.", {"ORGANIZATION:Rodong Sinmun"}},
      // A family name of two words is both of them later on; a king is his
      // name without his number.
      {"Iran's negotiator Ali Bagheri Kani arrived. Bagheri Kani met officials.",
       {"COUNTRY:Iran=IRN", "PERSON:Ali Bagheri Kani", "PERSON:Bagheri Kani"}},
      {"Jordan's King Abdullah II spoke. Abdullah left.", {"COUNTRY:Jordan=JOR", "PERSON:Abdullah II", "PERSON:Abdullah"}},
      // A region's adjective after a verb of saying is no name; "Queen
      // Consort" is one title.
      {"He urged Southeast Asian leaders to act.", {}},
      {"Queen Consort Camilla arrived in Berlin.", {"PERSON:Camilla"}},
  });
}

TEST_CASE("a posting between a title and its name gives the title and the country before it") {
  auto d = extractor().extract("U.S. special envoy for Yemen Tim Lenderking spoke.");
  const attache::Entity* p = find(d, "Tim Lenderking");
  REQUIRE(p);
  CHECK(p->title == "Special Envoy");
  CHECK(p->country == "USA");
}

TEST_CASE("a country's name inside a body's own name stays in it; a country that owns not the body too") {
  check_entities({
      {"Sharif sought supplies from the Qatar Investment Authority.", {"ORGANIZATION:Qatar Investment Authority"}},
      {"The Japan International Cooperation Agency sent experts.",
       {"ORGANIZATION:Japan International Cooperation Agency"}},
      {"The Taiwan Affairs Office said.", {"ORGANIZATION:Taiwan Affairs Office"}},
      // A generic government head after an adjective: the country and the body.
      {"The South Korean Unification Ministry said.", {"COUNTRY:South Korean=KOR", "ORGANIZATION:Unification Ministry"}},
      // Any other listed body keeps its adjective; an abbreviation stays apart.
      {"The Swiss National Bank abandoned its cap on the franc.", {"ORGANIZATION:Swiss National Bank"}},
      {"The U.S. Federal Reserve raised rates.", {"COUNTRY:U.S.=USA", "ORGANIZATION:Federal Reserve"}},
  });
}

TEST_CASE("a family name comes from every listed spelling of a person") {
  auto d = extractor().extract("Widodo was received by Zelenskiy in Kyiv. Zelenskyy spoke later.");
  const attache::Entity* a = find(d, "Zelenskiy");
  const attache::Entity* b = find(d, "Zelenskyy");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->country == "UKR");
  CHECK(a->cluster == b->cluster);
}

TEST_CASE("people: title + name, country from the title, variants are one identity") {
  auto d = extractor().extract(
      "Russian Defence Minister Sergei Shoigu arrived. Supreme Leader Kim Jong Un met him. "
      "Kim Jong-Un smiled and Kim waved.");
  const auto* shoigu = find(d, "Sergei Shoigu");
  REQUIRE(shoigu);
  CHECK(shoigu->type == attache::EntityType::person);
  CHECK(shoigu->title == "Defence Minister");
  CHECK(shoigu->country == "RUS");
  const auto* kim = find(d, "Kim Jong Un");
  const auto* kim2 = find(d, "Kim Jong-Un");
  const auto* kim3 = find(d, "Kim");
  REQUIRE(kim);
  REQUIRE(kim2);
  REQUIRE(kim3);
  CHECK(kim->title == "Supreme Leader");
  CHECK(kim->country == "PRK");
  CHECK(kim2->cluster == kim->cluster);
  CHECK(kim3->cluster == kim->cluster);
  CHECK(kim3->name == kim->name);
  // Two titles in a row: the first one's country ("Malaysian King Sultan Ibrahim").
  const auto sultan = extractor().extract("Malaysian King Sultan Ibrahim arrived in Beijing.");
  const auto* ibrahim = find(sultan, "Ibrahim");
  REQUIRE(ibrahim);
  CHECK(ibrahim->country == "MYS");
  // "of <country>" after a titled name gives the country.
  const auto k = extractor().extract("King Abdullah of Jordan visited Washington.");
  const auto* abdullah = find(k, "Abdullah");
  REQUIRE(abdullah);
  CHECK(abdullah->title == "King");
  CHECK(abdullah->country == "JOR");
  CHECK(attache_test::event_keys(k) == V{"DIPLOMATIC_VISIT JOR>USA"});
}

TEST_CASE("people: a country's old name that is also a family name") {
  // (aliases.tsv flags Siam person-name: Bangladesh's foreign secretary.)
  const auto d = extractor().extract("DHAKA - Foreign Secretary Asad Alam Siam received him.",
                                     attache::DocumentInfo{"t", "2025-08-23"});
  CHECK(entity_keys(d) == V{"PERSON:Asad Alam Siam"});
}

TEST_CASE("people: a ruler's full Arabic name is one person, not a place in it") {
  // (people.tsv: the emir's name with his father's, "al-Jaber"; "Sabah" alone
  // is also a Malaysian state.)
  auto d = extractor().extract("Sheikh Sabah al-Ahmad al-Jaber al-Sabah, the emir of Kuwait, died on Tuesday.",
                               attache::DocumentInfo{"t", "2020-09-29"});
  const auto* sabah = find(d, "Sabah al-Ahmad al-Jaber al-Sabah");
  REQUIRE(sabah);
  CHECK(sabah->type == attache::EntityType::person);
  CHECK(sabah->country == "KWT");
  for (const auto& e : d.entities) CHECK(e.type != attache::EntityType::place);
}

TEST_CASE("people: apposition, speech verbs and given names") {
  CHECK(entities("Jo Yong Man, the ambassador, left Madrid.") == V{"PERSON:Jo Yong Man"});
  CHECK(entities("Maria Fernanda Espinosa spoke first.") == V{"PERSON:Maria Fernanda Espinosa"});
  CHECK(entities("Tanaka Hiroshi said the talks would go on.") == V{"PERSON:Tanaka Hiroshi"});
}

TEST_CASE("Options::anaphor_entities lists singular anaphors, never plural ones or groups") {
  attache::Options o;
  o.anaphor_entities = true;
  auto made = attache::Extractor::create(o);
  REQUIRE(made);
  const auto d = made->extract(
      "Nepal closed the border. The reclusive nation said both countries and the Baltic states agreed.");
  CHECK(entity_keys(d) == V{"COUNTRY:Nepal=NPL", "COUNTRY:The reclusive nation=NPL"});
  const auto* anaphor = find(d, "The reclusive nation");
  REQUIRE(anaphor);
  CHECK(anaphor->form == attache::CountryForm::anaphor);
  // By default anaphors are no entities.
  CHECK(entity_keys(extractor().extract(
            "Nepal closed the border. The reclusive nation said both countries and the Baltic states agreed.")) ==
        V{"COUNTRY:Nepal=NPL"});
}

TEST_CASE("an anaphor that names a kind of state takes a country of that kind (anaphor-kinds.tsv)") {
  attache::Options o;
  o.anaphor_entities = true;
  auto made = attache::Extractor::create(o);
  REQUIRE(made);
  const auto code_of = [&](const std::string& text, const std::string& anaphor) -> std::string {
    const auto d = made->extract(text);
    const auto* e = find(d, anaphor);
    return e ? e->code : "(none)";
  };
  // The most recent kingdom, not the most recent country.
  CHECK(code_of("Iran reopened its embassy in Riyadh, seven years after Saudi Arabia cut ties with Iran. The kingdom "
                "shut its embassy in Tehran in 2016.",
                "The kingdom") == "SAU");
  CHECK(code_of("Taipei said it was shutting its embassy in Solomon Islands after Beijing won it over. China "
                "courted the archipelago for years.",
                "the archipelago") == "SLB");
  // After a preposition, the dateline's country if it is of that kind.
  CHECK(code_of("RIYADH, May 20 (AP) - Jordan's King Abdullah was among the leaders arriving in the kingdom.",
                "the kingdom") == "SAU");
  // A word of no kind resolves as before.
  CHECK(code_of("Nepal closed the border. The reclusive nation said so.", "The reclusive nation") == "NPL");
  // No country of the kind named: the usual choice.
  CHECK(code_of("Peru closed the border. The kingdom said so.", "The kingdom") == "PER");
}

TEST_CASE("an anaphor after a long run of countries takes the latest ones") {
  // A long document names many countries before its anaphors: only the
  // most recent count, however many came before.
  std::string text;
  for (const char* c : {"Peru", "Chile", "Ghana", "Kenya", "Laos", "Fiji", "Oman", "Cuba", "Mali", "Togo", "Chad"})
    text += std::string(c) + " sent a note. ";
  const auto d = extractor().extract(text +
                                     "Nepal's minister met Spain's envoy on Monday. The two countries agreed to reopen "
                                     "embassies in each other's capitals.");
  CHECK(attache_test::event_keys(d) ==
        V{"EMBASSY_REOPENING ESP>NPL", "EMBASSY_REOPENING NPL>ESP"});
}

TEST_CASE("the credit between a dateline and its dash is a news organization") {
  // Unknown agencies are found; a table acronym with another meaning yields
  // to the news reading ("(PA)" is the Press Association, not the
  // Palestinian Authority); a known agency keeps its identity.
  const struct {
    const char* text;
    const char* credit;
    const char* country;
  } cases[] = {
      {"RIGA, June 1 (LETA) - The talks went on.", "LETA", ""},
      {"LONDON, May 2 (PA) - The talks went on.", "PA", ""},
      {"PERTH, Nov 18 (AAP) - The talks went on.", "AAP", ""},
      {"SEOUL, July 26 (Yonhap) -- The talks went on.", "Yonhap", "KOR"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto d = extractor().extract(c.text);
    const auto* e = find(d, c.credit);
    REQUIRE(e);
    CHECK(e->type == attache::EntityType::organization);
    CHECK(e->kind == "news");
    CHECK(e->country == c.country);
  }
  // Not after a dateline: the table's reading stands.
  const auto d = extractor().extract("The AAP won the Delhi election (AAP) - a landslide.");
  const auto* e = find(d, "AAP");
  REQUIRE(e);
  CHECK(e->kind == "party");
}

TEST_CASE("a table name spelt with other capitals is the same identity") {
  // people.tsv lists "Kim Jong Un|Kim Jong-un|Kim Jong-Un": any of them, with
  // no title before it, is the table's person.
  for (const char* text : {"Shoigu met Kim Jong-un in Pyongyang.", "Shoigu met Kim Jong-Un in Pyongyang.",
                           "Shoigu met Kim Jong Un in Pyongyang."}) {
    CAPTURE(text);
    auto d = extractor().extract(text);
    const attache::Entity* kim = nullptr;
    for (const auto& e : d.entities)
      if (e.type == attache::EntityType::person && e.text.rfind("Kim Jong", 0) == 0) kim = &e;
    REQUIRE(kim);
    CHECK(kim->name == "Kim Jong Un");
    CHECK(kim->country == "PRK");
  }
  check_entities({
      {"He praised Kim Jong-il.", {"PERSON:Kim Jong-il"}},
      // The alias with a title ("Sheikh Tamim bin Hamad") gives way to the
      // full name that goes on after it.
      {"Sheikh Tamim bin Hamad Al Thani received him.", {"PERSON:Tamim bin Hamad Al Thani"}},
      {"Sheikh Tamim bin Hamad received him.", {"PERSON:Tamim bin Hamad"}},
      // organizations.tsv lists "NATO|Nato" and "DPA|dpa": the acronym's
      // exact-case rule gives way to the other spelling the table lists.
      {"Nato said so, dpa reported.", {"ORGANIZATION:Nato", "ORGANIZATION:dpa"}},
      // ... but an acronym in the text is found again only in capitals.
      {"Who said the WHO was wrong?", {"ORGANIZATION:WHO"}},
  });
}

TEST_CASE("a ministry in lower case after its country is an organization of that country") {
  check_entities({
      {"North Korea's foreign ministry said so.", {"COUNTRY:North Korea=PRK", "ORGANIZATION:foreign ministry"}},
      {"The Chinese defence ministry denied it.", {"COUNTRY:Chinese=CHN", "ORGANIZATION:defence ministry"}},
      {"India's external affairs ministry said so.", {"COUNTRY:India=IND", "ORGANIZATION:external affairs ministry"}},
      {"He spoke to the foreign ministry in Paris.", {"ORGANIZATION:foreign ministry"}},
      // No country before it: no organization to name.
      {"The ministry said so, and his foreign ministry friends agreed.", {}},
  });
  auto d = extractor().extract("South Korea's unification ministry said so.");
  const auto* m = find(d, "unification ministry");
  REQUIRE(m);
  CHECK(m->country == "KOR");
  CHECK(m->kind == "ministry");
  // One name, two countries: two bodies (two clusters), each with its country.
  auto two = extractor().extract(
      "Japan's foreign ministry and India's foreign ministry agreed. Georgia's Defence Ministry and Armenia's "
      "Defence Ministry did not.");
  std::vector<const attache::Entity*> orgs;
  for (const auto& e : two.entities)
    if (e.type == attache::EntityType::organization) orgs.push_back(&e);
  REQUIRE(orgs.size() == 4);
  CHECK(orgs[0]->country == "JPN");
  CHECK(orgs[1]->country == "IND");
  CHECK(orgs[2]->country == "GEO");
  CHECK(orgs[3]->country == "ARM");
  CHECK(orgs[0]->cluster != orgs[1]->cluster);
  CHECK(orgs[2]->cluster != orgs[3]->cluster);
}

TEST_CASE("organizations: acronyms, ministries, heads, a country before a ministry") {
  auto d = extractor().extract("The Korean Central News Agency (KCNA) said the South Korean Unification Ministry erred.");
  CHECK(entity_keys(d) == V{"ORGANIZATION:Korean Central News Agency", "ORGANIZATION:KCNA",
                            "COUNTRY:South Korean=KOR", "ORGANIZATION:Unification Ministry"});
  const auto* kcna = find(d, "KCNA");
  const auto* full = find(d, "Korean Central News Agency");
  REQUIRE(kcna);
  REQUIRE(full);
  CHECK(kcna->cluster == full->cluster);
  const auto* ministry = find(d, "Unification Ministry");
  REQUIRE(ministry);
  CHECK(ministry->country == "KOR");
  CHECK(entities("The French Foreign Ministry and the Rapid Support Forces spoke.") ==
        V{"COUNTRY:French=FRA", "ORGANIZATION:Foreign Ministry", "ORGANIZATION:Rapid Support Forces"});
  CHECK(entities("NATO and the African Union met the IAEA.") ==
        V{"ORGANIZATION:NATO", "ORGANIZATION:African Union", "ORGANIZATION:IAEA"});
  // A name found before "and" ends there; the head's name starts after it.
  CHECK(entities("The deal was signed by Petrobras and Chevron Corp on Monday.") ==
        V{"ORGANIZATION:Petrobras", "ORGANIZATION:Chevron Corp"});
  CHECK(entities("Johnson and Johnson Inc said so.") == V{"ORGANIZATION:Johnson and Johnson Inc"});
  // A common word before "of" is no part of the name (common-words.txt).
  CHECK(entities("Shares of Toyota Motor Corp rose.") == V{"ORGANIZATION:Toyota Motor Corp"});
}

TEST_CASE("more rules: appositions, role nouns, one-word names, acronyms, languages, regions") {
  check_entities({
      {"Two men attacked the nun, Zoltu Varnek, after class.", {"PERSON:Zoltu Varnek"}},
      {"An article by investigative journalist Paul Okafor will appear.", {"PERSON:Paul Okafor"}},
      {"Kowalczyk said the talks had failed.", {"PERSON:Kowalczyk"}},
      {"Officials said the talks had failed. Media reports said so.", {}},
      {"The Asia Pacific Business Council, known as APBC, met. APBC says trade grew.",
       {"ORGANIZATION:Asia Pacific Business Council", "ORGANIZATION:APBC", "ORGANIZATION:APBC"}},
      {"The interview was broadcast in English and in Arabic-language media.", {}},
      {"Shipping through the Gulf of Mexico and the Indian Ocean slowed.", {}},
      {"Coffee growers across Central and South America lost crops.", {}},
      {"Jorge Valencia told journalists he would stay.", {"PERSON:Jorge Valencia"}},
      {"Zoltu Varnek, 23, was arrested at the scene.", {"PERSON:Zoltu Varnek"}},
      {"The Israeli army and the Pakistani military were on alert.", {"COUNTRY:Israeli=ISR", "COUNTRY:Pakistani=PAK"}},
      {"Police in Afghanistan said Su-24 bombers flew.", {"COUNTRY:Afghanistan=AFG"}},
  });
}

TEST_CASE("organizations named by the noun next to them") {
  // A demonym before the noun gives the body's country.
  for (const auto& [text, name, country] : std::vector<std::array<std::string, 3>>{
           {"Venezuelan television station Globovision was fined.", "Globovision", "VEN"},
           {"French airline Aigle Azur said it would stop flights.", "Aigle Azur", "FRA"}}) {
    CAPTURE(text);
    const auto d = extractor().extract(text);
    const auto* o = find(d, name);
    REQUIRE(o);
    CHECK(o->type == attache::EntityType::organization);
    CHECK(o->country == country);
  }
  check_entities({
      // A classifying noun after the name.
      {"A reporter for the Tribune newspaper was hurt.", {"ORGANIZATION:Tribune"}},
      {"Lebanon's al-Manar television aired the speech.", {"COUNTRY:Lebanon=LBN", "ORGANIZATION:al-Manar"}},
      {"He founded his Fuerza Nueva party in 1990.", {"ORGANIZATION:Fuerza Nueva"}},
      {"The ruling KANU coalition lost seats.", {"ORGANIZATION:KANU"}},
      {"Fighters of the Vostok group left.", {"ORGANIZATION:Vostok"}},
      {"Its Telmara subsidiary was sold.", {"ORGANIZATION:Telmara"}},
      // ... or before it.
      {"Japanese automaker Mazda recalled cars.", {"COUNTRY:Japanese=JPN", "ORGANIZATION:Mazda"}},
      {"The mining giant Glencore and the airline Qantas both gained.",
       {"ORGANIZATION:Glencore", "ORGANIZATION:Qantas"}},
      // Words for a faith, people, language or region are no names.
      {"A Sunni party and an Arabic television channel left.", {}},
      {"The Kurdish militia held the town.", {}},
      // A given name after the noun is a person.
      {"The agency Michael Okoro founded grew.", {"PERSON:Michael Okoro"}},
      // An employer before a lower-case title and a person; later mentions follow.
      {"Telemundi president Rosa Ibarra resigned. Critics of Telemundi cheered.",
       {"ORGANIZATION:Telemundi", "PERSON:Rosa Ibarra", "ORGANIZATION:Telemundi"}},
      {"Europe minister Anna Lind spoke.", {"PERSON:Anna Lind"}},
      // An unknown acronym before a verb or a plural noun for people.
      {"KTUC says wages fell. KTUC members marched.", {"ORGANIZATION:KTUC", "ORGANIZATION:KTUC"}},
      // ... also with an adverb between.
      {"The KWF also ordered a review of the results.", {"ORGANIZATION:KWF"}},
      // A classifying noun, then "named", "called" or "known as".
      {"Officials said a charity named KindWorks sent the money.", {"ORGANIZATION:KindWorks"}},
      {"A company known as Zentra Labs bought the mine.", {"ORGANIZATION:Zentra Labs"}},
      {"The group called Red Dawn claimed the attack.", {"ORGANIZATION:Red Dawn"}},
      // "Web site", two words, classifies like "website".
      {"He wrote for the pro-rebel LankaVoice Web site.", {"ORGANIZATION:LankaVoice"}},
      {"The Web site was closed.", {}},
      // Conferences and forums with a name are organizations.
      {"Ministers met at the Baltic Energy Cooperation Conference.", {"ORGANIZATION:Baltic Energy Cooperation Conference"}},
      {"GDP grew while HIV cases fell.", {}},
      {"He made FALSE statements.", {}},
      // A generic head word alone before a title is no employer.
      {"A delegation led by Politburo member Chen Minhao arrived.", {"PERSON:Chen Minhao"}},
      // A country's name (not its adjective) before two or more words starts the name.
      {"The Malawi National Reserve Army and the Iraqi Interior Ministry met.",
       {"ORGANIZATION:Malawi National Reserve Army", "COUNTRY:Iraqi=IRQ", "ORGANIZATION:Interior Ministry"}},
      // More head words, and "and the" starts another name.
      {"Pupils of the Lakeside College for Girls and the Harmony Project sang.",
       {"ORGANIZATION:Lakeside College for Girls", "ORGANIZATION:Harmony Project"}},
      // A head word inside a longer name does not lead one.
      {"Flights left Bagram Air Base.", {}},
      // A country's possessive belongs to neither name.
      {"Ukraine's Foreign Ministry protested.", {"COUNTRY:Ukraine=UKR", "ORGANIZATION:Foreign Ministry"}},
  });
}

TEST_CASE("longer names around listed organizations") {
  check_entities({
      // Capitalised words before a listed party make another party.
      {"The Progressive Democratic Party and the Social Democrats gained.",
       {"ORGANIZATION:Progressive Democratic Party", "ORGANIZATION:Social Democrats"}},
      {"Some Democrats objected.", {"ORGANIZATION:Democrats"}},
      // A country with a one-word body that is no generic head stays one name.
      {"Palestinian Authority officials met the Russian Foreign Ministry.",
       {"ORGANIZATION:Palestinian Authority", "COUNTRY:Russian=RUS", "ORGANIZATION:Foreign Ministry"}},
      // An article before a name and a verb of saying: an organization.
      {"The Harbor Alliance says the port is unsafe.", {"ORGANIZATION:Harbor Alliance"}},
      {"The director of the Farmers Voice says prices fell.", {"ORGANIZATION:Farmers Voice"}},
  });
}

TEST_CASE("companies: forms after the name, \"&\" and \"'s\" before them, lists of firms") {
  check_entities({
      // A company form ends a firm's name, also after a listed one.
      {"Shares of Nestle SA and Siemens AG fell.", {"ORGANIZATION:Nestle SA", "ORGANIZATION:Siemens AG"}},
      {"Former Nissan Motor Co chairman Carlos Ghosn fled.",
       {"ORGANIZATION:Nissan Motor Co", "PERSON:Carlos Ghosn"}},
      // "&" or "'s" right before the form.
      {"Bank of America Corp agreed to buy Merrill Lynch & Co.",
       {"ORGANIZATION:Bank of America Corp", "ORGANIZATION:Merrill Lynch & Co"}},
      {"JPMorgan Chase & Co said profits rose.", {"ORGANIZATION:JPMorgan Chase & Co"}},
      {"McDonald's Corp suspended operations.", {"ORGANIZATION:McDonald's Corp"}},
      {"Thailand's People's Alliance for Democracy protested.",
       {"COUNTRY:Thailand=THA", "ORGANIZATION:People's Alliance for Democracy"}},
      // "and" right after a head joins two names, not one.
      {"Shares of Barclays Plc and Royal Bank of Scotland Group fell sharply.",
       {"ORGANIZATION:Barclays Plc", "ORGANIZATION:Royal Bank of Scotland Group"}},
      {"Swatch Group and Nestle SA shares dropped.", {"ORGANIZATION:Swatch Group", "ORGANIZATION:Nestle SA"}},
      // ... but not inside one ("Procter & Gamble", "Ministry of Trade and Industry").
      {"Procter & Gamble Co raised prices.", {"ORGANIZATION:Procter & Gamble Co"}},
      // A place in the possessive is no part of the name.
      {"Greece's Ministry of Foreign Affairs said so.",
       {"COUNTRY:Greece=GRC", "ORGANIZATION:Ministry of Foreign Affairs"}},
  });
}

TEST_CASE("organizations: short back-references, national societies, institution words, U.N. forms") {
  check_entities({
      // "the" + the last word of an organization named before is that organization ...
      {"Police detained members of the Muslim Brotherhood. The Brotherhood denied any plot.",
       {"ORGANIZATION:Muslim Brotherhood", "ORGANIZATION:Brotherhood"}},
      {"The Coastal Fishers Association met. Later the Association voted.",
       {"ORGANIZATION:Coastal Fishers Association", "ORGANIZATION:Association"}},
      // ... but not before it, not for a building that stands for a
      // government, and not when a longer name follows.
      {"The Brotherhood denied it. Later the Muslim Brotherhood agreed.", {"ORGANIZATION:Muslim Brotherhood"}},
      {"White House aides said the bill would reach the House soon.",
       {"ORGANIZATION:White House", "ORGANIZATION:House"}},
      {"The Security Council met, and the Council of Europe wrote.",
       {"ORGANIZATION:Security Council", "ORGANIZATION:Council of Europe"}},
      {"The Security Council met. Mr. Annan urged the Council for a quick vote.",
       {"ORGANIZATION:Security Council", "PERSON:Annan", "ORGANIZATION:Council"}},
      // A country next to a known charity names its national society.
      {"Before the storm, the American Red Cross opened shelters.", {"ORGANIZATION:American Red Cross"}},
      {"World Vision Australia staff flew in.", {"ORGANIZATION:World Vision Australia"}},
      {"Russia's Red Cross helped.", {"COUNTRY:Russia=RUS", "ORGANIZATION:Red Cross"}},
      {"The ICRC Iraq office closed.", {"ORGANIZATION:ICRC", "COUNTRY:Iraq=IRQ"}},
      // Institution words alone, capitalised, in mid-sentence.
      {"Fighting broke out between Marines and gunmen, a spokesman for the Navy said.",
       {"ORGANIZATION:Marines", "ORGANIZATION:Navy"}},
      {"Navy divers searched the bay.", {}},
      {"The bill now goes to the full House.", {"ORGANIZATION:House"}},
      {"A delegation led by Army Chief Osei Mensah arrived.", {"PERSON:Osei Mensah"}},
      // "United Nations X" is also "U.N. X" and "UN X".
      {"The U.N. High Commissioner for Refugees warned of a crisis.",
       {"ORGANIZATION:U.N. High Commissioner for Refugees"}},
      {"The UN Security Council met.", {"ORGANIZATION:UN Security Council"}},
  });
  // The short form is one identity with the full name.
  const auto d = extractor().extract("Members of the Muslim Brotherhood marched. The Brotherhood said so.");
  const attache::Entity* full = find(d, "Muslim Brotherhood");
  const attache::Entity* short_form = find(d, "Brotherhood");
  REQUIRE(full);
  REQUIRE(short_form);
  CHECK(short_form->cluster == full->cluster);
  CHECK(short_form->name == full->name);
  // The national society is not the international committee.
  const auto r = extractor().extract("The American Red Cross and the Red Cross both sent aid.");
  REQUIRE(find(r, "American Red Cross"));
  REQUIRE(find(r, "Red Cross"));
  CHECK(find(r, "American Red Cross")->cluster != find(r, "Red Cross")->cluster);
  CHECK(find(r, "American Red Cross")->country == "USA");
  // Mixed-case acronyms keep their case: "JEM" (Sudan) is not "JeM" (Pakistan).
  const auto j = extractor().extract("JEM fighters entered El Fasher, and JeM claimed the Kashmir attack.");
  REQUIRE(find(j, "JEM"));
  REQUIRE(find(j, "JeM"));
  CHECK(find(j, "JEM")->country == "SDN");
  CHECK(find(j, "JeM")->country == "PAK");
}

TEST_CASE("people: more patterns") {
  check_entities({
      // A well-known family name opening a sentence, before a verb of moving or meeting.
      {"Putin arrived in Minsk on Friday.", {"PERSON:Putin"}},
      {"Modi paid a two-day visit to Moscow.", {"PERSON:Modi"}},
      {"Rice prices rose.", {}},
      // ... before "made" or a relative clause about someone.
      {"Zelenskiy made a surprise appearance in Jeddah.", {"PERSON:Zelenskiy"}},
      {"Putin, who has ruled since 2000, arrived in Beijing.", {"PERSON:Putin"}},
      {"Rice, which is grown here, is cheap.", {}},
      // One unknown word before a verb of saying, an adverb between.
      {"Heinonen also said the inspectors would return.", {"PERSON:Heinonen"}},
      {"Officials also said the talks would go on.", {}},
      // A family name the document gives after a title.
      {"Tariku Bekele was freed. Mr. Bekele, a teacher, went home.", {"PERSON:Tariku Bekele", "PERSON:Bekele"}},
      // An age before the name.
      {"Police said 17-year-old Oduya Kamau was found.", {"PERSON:Oduya Kamau"}},
      // Unknown names in a list with a person.
      {"Tomas Varga, Ilkka Roine and Zdeno Hrabal scored.",
       {"PERSON:Tomas Varga", "PERSON:Ilkka Roine", "PERSON:Zdeno Hrabal"}},
      // A capitalised verb of saying is not part of the name.
      {"Sara Lindqvist Reports.", {"PERSON:Sara Lindqvist"}},
      // The particle joined to a family name is part of it.
      {"Abu Musab al-Zarqawi said so. Later al-Zarqawi left.", {"PERSON:Abu Musab al-Zarqawi", "PERSON:al-Zarqawi"}},
      // A given name before a one-word organization; an honorific before it.
      {"Mayor Michael Bloomberg spoke. Mr. Bloomberg left.", {"PERSON:Michael Bloomberg", "PERSON:Bloomberg"}},
      // Acronyms after a title and quantifiers are no names.
      {"They will start official FTA talks.", {}},
      {"Several African states agreed.", {}},
  });
}

TEST_CASE("people: a relative 'who', a title word as family name, ranks") {
  check_entities({
      // A relative "who" or "whose" after a name of two to four words.
      {"Officials are sheltering Dario Quintal, who is wanted for fraud.", {"PERSON:Dario Quintal"}},
      {"The court heard Ilse Marken, whose brother testified.", {"PERSON:Ilse Marken"}},
      {"The accord, which took years, was signed.", {}},
      // A one-word title at the end of a name that opens with a given name.
      {"The crowd sang songs of Martin Luther King.", {"PERSON:Martin Luther King"}},
      {"Aid workers met Jonathan King, the envoy.", {"PERSON:Jonathan King"}},
      {"A Republican Congressman says he will resign.", {}},
      // Military ranks are titles, also after "then-".
      {"The ringleader, then-Specialist Dale Corrin, who is now in prison, spoke.", {"PERSON:Dale Corrin"}},
      {"Private First Class Lyle Ambrose was detained.", {"PERSON:Lyle Ambrose"}},
      // Role nouns from court and captivity; an adjective opening the sentence is no employer.
      {"Defendant Asher Vell has been in custody since May.", {"PERSON:Asher Vell"}},
      {"Former hostage Ingrid Solano spoke.", {"PERSON:Ingrid Solano"}},
      {"Jailed activist Ales Marek won the prize.", {"PERSON:Ales Marek"}},
      // A name between commas after a word for a people or faith.
      {"A Sunni Arab, Faris al-Jubouri, has been named minister.", {"PERSON:Faris al-Jubouri"}},
  });
}

TEST_CASE("people: a minister's portfolio, a title's words are no name parts") {
  check_entities({
      // The portfolio between a title and the name belongs to the title.
      {"He met the Minister of International Trade and Industry, Tengku Zafrul Aziz.",
       {"PERSON:Tengku Zafrul Aziz"}},
      {"Coordinating Minister for Economic Affairs Ilham Sasongko spoke.", {"PERSON:Ilham Sasongko"}},
      // "Trade" of "Trade Minister Tom Hasan" names no one later.
      {"Trade Minister Tom Hasan said so. Officials said Trade was important.", {"PERSON:Tom Hasan"}},
      // The body an office is of, then the name: the body's country is the
      // person's; a town's name ends a name of two words, and alone later
      // it is the person when it acts as one.
      {"He received the Chairman of Vietnam's National Assembly, Vuong Dinh Hue. Hue arrived in Havana on Thursday.",
       {"COUNTRY:Vietnam=VNM", "ORGANIZATION:National Assembly", "PERSON:Vuong Dinh Hue", "PERSON:Hue"}},
  });
}

TEST_CASE("people: Arabic lineages, Malay honorifics; buildings and offices are no people") {
  check_entities({
      {"Prince Mohammed bin Salman bin Abdulaziz Al Saud held a reception.",
       {"PERSON:Mohammed bin Salman bin Abdulaziz Al Saud"}},
      {"Sheikh Abdullah bin Zayed Al Nahyan received him.", {"PERSON:Abdullah bin Zayed Al Nahyan"}},
      {"Prime Minister Datuk Seri Anwar Ibrahim arrived. Tan Sri Muhyiddin Yassin spoke.",
       {"PERSON:Anwar Ibrahim", "PERSON:Muhyiddin Yassin"}},
      {"He landed at King Khalid International Airport.", {}},
      {"The Presidency said the visit was postponed.", {}},
      // A capital in a list whose capitals act for their governments does too.
      {"Riyadh, Abu Dhabi and Manama gave Qatari diplomats 48 hours to leave.",
       {"COUNTRY:Riyadh=SAU", "COUNTRY:Abu Dhabi=ARE", "COUNTRY:Manama=BHR", "COUNTRY:Qatari=QAT"}},
      // A list of places after "in" stays places past a city that is no
      // capital ("Dubai"); with no list, the capital after a fronted place
      // acts for its government.
      {"Posts in Doha, Dubai, Manama, Muscat and Tripoli will remain shut.", {}},
      {"In Brussels, Moscow said it would retaliate.", {"COUNTRY:Moscow=RUS"}},
      // A date in parentheses after a dateline is no news agency.
      {"GAZA (July 1) - Crowds gathered.", {}},
      // "Faris al-Jubouri" is not Salim al-Jubouri, whose family name it has.
      {"A Sunni Arab, Faris al-Jubouri, has been named minister.", {"PERSON:Faris al-Jubouri"}},
  });
}

TEST_CASE("people: a family name written first, a sentence's first family name before an adverb") {
  // Each person's text and country.
  auto people = [](const char* text) {
    std::vector<std::string> out;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      if (e.type == attache::EntityType::person) out.push_back(e.text + "/" + e.country);
    return out;
  };
  using V = std::vector<std::string>;
  // "Wang" after "Wang Yi" is Wang Yi, also after "Mr" (a name pattern made
  // an unknown person of it before).
  CHECK(people("Wang Yi met Lavrov in Moscow. Mr Wang said it was good. Wang then left.") ==
        V{"Wang Yi/CHN", "Lavrov/RUS", "Wang/CHN", "Wang/CHN"});
  // A family name that opens a sentence is the person before "came", or
  // before an adverb and a verb of moving; not before other words.
  CHECK(people("Putin then came to Spain.") == V{"Putin/RUS"});
  CHECK(people("Rice then rose.").empty());
  // "Foreign Affairs" in a title is no magazine.
  CHECK(people("He was received by Foreign Affairs Cabinet Secretary Amina Mohamed.") == V{"Amina Mohamed/KEN"});
  check_entities({{"He was received by Foreign Affairs Cabinet Secretary Amina Mohamed.", {"PERSON:Amina Mohamed"}}});
}

TEST_CASE("headlines in capitals give the same entities") {
  CHECK(entities("NORTH KOREA CLOSES EMBASSY IN NEPAL") == V{"COUNTRY:NORTH KOREA=PRK", "COUNTRY:NEPAL=NPL"});
}

TEST_CASE("spans are exact: text equals the slice, also after emoji") {
  const std::string text = "\xF0\x9F\x98\x80\xF0\x9F\x87\xB0\xF0\x9F\x87\xB5 North Korea closed its embassy in Spain.";
  auto d = extractor().extract(text);
  REQUIRE(d.entities.size() >= 2);
  for (const auto& e : d.entities) CHECK(d.slice(e.span) == e.text);
  CHECK(d.entities[0].span.begin == 13);
}

TEST_CASE("an ambiguous name takes the reading of the state the story named before it") {
  auto codes = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      if (e.type == attache::EntityType::country || e.type == attache::EntityType::place) got.push_back(e.text + "/" + e.code);
    return got;
  };
  using V = std::vector<std::string>;
  // "Congo" after "the Republic of the Congo" is that state; with DR Congo
  // named too, or nothing before, the default (DR Congo).
  CHECK(codes("Xi left the Republic of the Congo on Saturday. The tour took him to Tanzania and Congo.") ==
        V{"Republic of the Congo/COG", "Tanzania/TZA", "Congo/COG"});
  CHECK(codes("The tour took him to Tanzania and Congo.") == V{"Tanzania/TZA", "Congo/COD"});
  CHECK(codes("Kinshasa and the Republic of the Congo met. Congo said so.") ==
        V{"Kinshasa/COD", "Republic of the Congo/COG", "Congo/COD"});
  // "Greece" names no reading of "Macedonia".
  CHECK(codes("Greece blocked an invitation to Macedonia.") == V{"Greece/GRC", "Macedonia/MKD"});
}

TEST_CASE("two or three unknown words after a country's possessive name its person") {
  check_entities({
      {"Sherman held talks with Japan's Takeo Mori and others.",
       {"PERSON:Sherman", "COUNTRY:Japan=JPN", "PERSON:Takeo Mori"}},
      {"Australia's Dami Im said she was proud.", {"COUNTRY:Australia=AUS", "PERSON:Dami Im"}},
      // Not a thing's name that goes on into a noun, a region, nor a headline.
      {"Israel's Iron Dome system intercepted rockets.", {"COUNTRY:Israel=ISR"}},
      {"Troops moved to Russia's Far East.", {"COUNTRY:Russia=RUS"}},
      {"North Korea's Diplomatic Shift\n\nPyongyang closed embassies.", {"COUNTRY:North Korea=PRK", "COUNTRY:Pyongyang=PRK"}},
  });
  // A title after "<country>, whose" is that country's official.
  {
    const auto d = attache_test::extractor().extract(
        "Niger has drawn closer to Russia, whose deputy defence minister, Yunus-Bek Yevkurov, visited Niamey.");
    std::string country;
    for (const auto& e : d.entities)
      if (e.text == "Yunus-Bek Yevkurov") country = e.country;
    CHECK(country == "RUS");
  }
  // A one-word body of the tables (the U.S. "Senate") after another
  // country's demonym is that country's body, and its president is that
  // country's.
  check_entities({
      {"Czech Senate President Milos Vystrcil landed in Taipei.", {"ORGANIZATION:Czech Senate", "PERSON:Milos Vystrcil"}},
      {"The U.S. Senate voted.", {"ORGANIZATION:U.S. Senate"}},
  });
  CHECK(attache_test::events_of("Czech Senate President Milos Vystrcil landed in Taipei on Sunday.", "2020-08-31") ==
        std::vector<std::string>{"DIPLOMATIC_VISIT CZE>TWN"});
  // "Vatican City" is the city-state's capital, a place of VAT; "Vatican"
  // names the state.
  {
    const auto d = attache_test::extractor().extract("VATICAN CITY (AP) - The Vatican said the pope would rest.");
    std::vector<std::string> got;
    for (const auto& e : d.entities) got.push_back(std::string(attache::to_string(e.type)) + ":" + e.text + "=" + e.code);
    CHECK(got == std::vector<std::string>{"PLACE:VATICAN CITY=VAT", "ORGANIZATION:AP=", "COUNTRY:Vatican=VAT"});
  }
  // The person is the possessor's.
  const auto d = attache_test::extractor().extract("Sherman held talks with Japan's Takeo Mori and others.");
  bool found = false;
  for (const auto& e : d.entities)
    if (e.text == "Takeo Mori") found = e.country == "JPN";
  CHECK(found);
}

TEST_CASE("a family name keeps its particles; foreign ministries by their buildings") {
  // "von der Leyen", "de Gaulle": the particles in lower case before the
  // family name are part of it, also with a capital at a sentence's start.
  check_entities({
      {"European Commission President Ursula von der Leyen arrived. Von der Leyen said the EU would act.",
       {"ORGANIZATION:European Commission", "PERSON:Ursula von der Leyen", "PERSON:Von der Leyen", "ORGANIZATION:EU"}},
      {"De Gaulle said France would leave.", {"PERSON:De Gaulle", "COUNTRY:France=FRA"}},
      // A ministry named by its building (data/organizations/organizations.tsv).
      {"Wisma Putra said on Friday that Malaysia would close its embassy.",
       {"ORGANIZATION:Wisma Putra", "COUNTRY:Malaysia=MYS"}},
  });
  // A paper named "The <demonym>": the demonym where a noun follows it at a
  // sentence's start; the paper where it is told something.
  check_entities({
      {"The Australian Embassy in Jakarta was closed.", {"COUNTRY:Australian=AUS"}},
      {"He told The Australian that the embassy would close.", {"ORGANIZATION:Australian"}},
  });
}

TEST_CASE("a family name alone opens a sentence before another person") {
  // A family name opening a sentence is a name before a verb; also when
  // one's own people or another person follow it ("and his family", "and
  // Castro"), not in a headline in Title Case.
  check_entities({
      {"Obama and his family arrived in Havana.", {"PERSON:Obama"}},
      {"Merkel, her ministers and aides left.", {"PERSON:Merkel"}},
      {"Obama and Castro met.", {"PERSON:Obama", "PERSON:Castro"}},
      {"Obama and officials left.", {}},
  });
  CHECK(attache_test::events_of("Obama and his family arrived at Jos\u00e9 Mart\u00ed airport on Sunday.", "2016-03-20") ==
        std::vector<std::string>{"DIPLOMATIC_VISIT USA>CUB"});
}

TEST_CASE("a news conference is held; it is no body") {
  // The heading of a Chinese Foreign Ministry transcript.
  check_entities({
      {"Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on July 22, 2020",
       {"ORGANIZATION:Foreign Ministry", "PERSON:Wang Wenbin"}},
      {"The Munich Security Conference opened.", {"ORGANIZATION:Munich Security Conference"}},
  });
}

TEST_CASE("the bodies of world news the table holds: movements, agencies, missions") {
  // data/organizations/organizations.tsv, the section of 2026-11-30: a
  // movement's name with a country's name and a possessive inside it, an
  // agency's acronym, a UN mission by name and acronym.
  check_entities({
      {"Salva Kiir, leader of the Sudan People's Liberation Movement, was sworn in.",
       {"PERSON:Salva Kiir", "ORGANIZATION:Sudan People's Liberation Movement"}},
      {"Rebels of Liberians United for Reconciliation and Democracy entered Monrovia.",
       {"ORGANIZATION:Liberians United for Reconciliation and Democracy"}},
      {"The disaster agency BNPB said 27 people had died.", {"ORGANIZATION:BNPB"}},
      {"The United Nations Mission in Liberia (UNMIL) sent troops.",
       {"ORGANIZATION:United Nations Mission in Liberia", "ORGANIZATION:UNMIL"}},
  });
}

TEST_CASE("a person of the tables ends the name of a body before it") {
  // Translated agency style: the body's full name, then its head's name with
  // no comma between.
  check_entities({
      {"The head of the Ministry of Foreign Affairs of Poland Radoslaw Sikorski said so.",
       {"ORGANIZATION:Ministry of Foreign Affairs of Poland", "PERSON:Radoslaw Sikorski"}},
      {"Director of the Office of the Central Foreign Affairs Commission Wang Yi met Blinken.",
       {"ORGANIZATION:Office of the Central Foreign Affairs Commission", "PERSON:Wang Yi", "PERSON:Blinken"}},
      {"The Organization for Security and Co-operation in Europe sent observers.",
       {"ORGANIZATION:Organization for Security and Co-operation in Europe"}},
  });
}

TEST_CASE("a title on a line of its own names no one on the next line") {
  // The heading of a State Department transcript: name, office, the kind of
  // briefing, each on its line. A title and a name on one line still go
  // together.
  check_entities({
      {"Victoria Nuland\nSpokesperson\nDaily Press Briefing\nWashington, DC\nFebruary 6, 2012",
       {"PERSON:Victoria Nuland"}},
      {"Spokesperson John Kirby\nDaily Press Briefing", {"PERSON:John Kirby"}},
      {"The briefing was given by the\nSpokesperson Daniel Moore of the department.", {"PERSON:Daniel Moore"}},
  });
}

TEST_CASE("the people a wire story credits are people, whatever their names") {
  // A byline that opens its line, the trailer's credits ("Reporting by",
  // "Editing by") and a photo's ("REUTERS/"): the capitalised words up to
  // "and", a comma, "in" or the line's end, even a word that is also a verb
  // ("Said"). A name ends at the line's end before a credit line. "by"
  // inside a sentence credits no one.
  check_entities({
      {"By Shivani Rao and Zarmina Noori\nThe talks ended.", {"PERSON:Shivani Rao", "PERSON:Zarmina Noori"}},
      {"The talks ended.\nFILE PHOTO: A view of the port. REUTERS/Pavel Drozdov\nReporting by Halima Said in Mombasa; "
       "Additional reporting by Ji-won Park; Editing by Faisal al-Mutairi",
       {"ORGANIZATION:REUTERS", "PERSON:Pavel Drozdov", "PERSON:Halima Said", "PERSON:Ji-won Park",
        "PERSON:Faisal al-Mutairi"}},
      {"The plan was drawn up by Shivani Rao and approved.", {}},
      // An update line's verb is no part of the body after it.
      {"China orders U.S. consulate closed\n(Adds State Department reaction)", {"COUNTRY:China=CHN", "COUNTRY:U.S.=USA",
                                                                              "ORGANIZATION:State Department"}},
  });
}

TEST_CASE("a family name alone is the person the story named in full") {
  // Two family names of the tables' short form ("Lopez Obrador", not a
  // Venezuelan "Lopez" and an "Obrador"); a family name the tables give to
  // someone else ("Ford") is the person of known country named before.
  check_entities({
      {"MEXICO CITY, Oct 20 - Andres Manuel Lopez Obrador received a delegation. Lopez Obrador said he had told the "
       "visitors that Mexico would cooperate.",
       {"PERSON:Andres Manuel Lopez Obrador", "PERSON:Lopez Obrador", "COUNTRY:Mexico=MEX"}},
  });
  CHECK(attache_test::entity_country("TOKYO, Sept 11 - Ontario Premier Doug Ford arrived in Tokyo on Monday. It is "
                                     "Ford's first trip to Asia.",
                                     attache::EntityType::person, "Ford", "2023-09-11") == "CAN");
}

TEST_CASE("a capital stands for its government: more verbs, an agent after 'by', an aside before the verb") {
  check_entities({
      {"Beijing did not sever relations.", {"COUNTRY:Beijing=CHN"}},
      {"Moscow accepted that there were different roads.", {"COUNTRY:Moscow=RUS"}},
      {"Nauru had been courted by Beijing for months.", {"COUNTRY:Nauru=NRU", "COUNTRY:Beijing=CHN"}},
      {"Honiara could no longer afford to ignore Beijing.", {"COUNTRY:Honiara=SLB", "COUNTRY:Beijing=CHN"}},
      {"Beijing, for its part, is angered by the visit.", {"COUNTRY:Beijing=CHN"}},
      // (The city itself: a place, no entity.)
      {"Crowds lined the streets of Beijing.", {}},
      {"The fog was ignored by the pilots who flew to Beijing.", {}},
  });
}

TEST_CASE("a given name before a person of the tables is part of the name") {
  // After a title too: one person, of the tables' country, not "Muhammad"
  // and "Shehbaz Sharif".
  check_entities({
      {"Prime Minister Muhammad Shehbaz Sharif received the delegation.", {"PERSON:Muhammad Shehbaz Sharif"}},
      {"Mohammad Ishaq Dar met the envoy.", {"PERSON:Mohammad Ishaq Dar"}},
  });
  CHECK(attache_test::entity_country("Prime Minister Muhammad Shehbaz Sharif received the delegation.",
                                     attache::EntityType::person, "Muhammad Shehbaz Sharif", "2024-05-01") == "PAK");
}

TEST_CASE("an acronym in brackets is the body the story names, over another of the tables") {
  // "PCC" is also a Brazilian gang in the tables; here it is Cuba's party.
  CHECK(attache_test::entity_country("HANOI - Nguyen Phu Trong received a delegation of the Communist Party of Cuba "
                                     "(PCC).",
                                     attache::EntityType::organization, "PCC") == "CUB");
}

TEST_CASE("a capital in a list after a noun of dealings stands for its government") {
  // After a country's name in the list too; new nouns of dealings.
  check_entities({
      {"Patricio Aylwin restored relations with Mexico and Moscow.",
       {"PERSON:Patricio Aylwin", "COUNTRY:Mexico=MEX", "COUNTRY:Moscow=RUS"}},
      {"Below are milestones in Pyongyang's dealings with Seoul and Washington.",
       {"COUNTRY:Pyongyang=PRK", "COUNTRY:Seoul=KOR", "COUNTRY:Washington=USA"}},
      {"Flights to Mexico and Moscow were cancelled.", {"COUNTRY:Mexico=MEX"}},
  });
}

TEST_CASE("an officer of a city or region is of its country") {
  // The person's country, from the place before the title.
  const auto country_of = [](const std::string& text, const std::string& name) {
    return attache_test::entity_country(text, attache::EntityType::person, name);
  };
  CHECK(country_of("California Governor John Smithers arrived in Beijing.", "John Smithers") == "USA");
  CHECK(country_of("Moscow Mayor Ivan Petrovsky spoke.", "Ivan Petrovsky") == "RUS");
  CHECK(country_of("Governor John Smithers arrived in Beijing.", "John Smithers").empty());
  CHECK(attache_test::events_of("California Governor John Smithers arrived in Beijing.", "2023-10-25") ==
        std::vector<std::string>{"DIPLOMATIC_VISIT USA>CHN"});
}

TEST_CASE("an airport names the country it is in") {
  // data/countries/airports.tsv: the airport as a place of its country, in
  // full, with "airport" in lower case, and without "International"; the
  // person it is named after is not mentioned.
  const auto places = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      got.push_back(std::string(attache::to_string(e.type)) + ":" + e.text + "=" + e.code + "/" + e.kind);
    return got;
  };
  CHECK(places("Xi landed at Jomo Kenyatta International Airport.") ==
        std::vector<std::string>{"PERSON:Xi=/", "PLACE:Jomo Kenyatta International Airport=KEN/airport"});
  CHECK(places("Xi landed at Jomo Kenyatta airport.") ==
        std::vector<std::string>{"PERSON:Xi=/", "PLACE:Jomo Kenyatta airport=KEN/airport"});
  CHECK(places("Putin landed at Sunan International airport.") ==
        std::vector<std::string>{"PERSON:Putin=/", "PLACE:Sunan International airport=PRK/airport"});
  CHECK(places("He was met at Ramstein Air Base.") == std::vector<std::string>{"PLACE:Ramstein Air Base=DEU/airport"});
  // The host of a visit, as a city would be.
  CHECK(attache_test::events_of("Chinese President Xi Jinping arrived at Jomo Kenyatta International Airport on Tuesday.",
                                "2017-05-02") == std::vector<std::string>{"DIPLOMATIC_VISIT CHN>KEN"});
  CHECK(attache_test::events_of("President Obama arrived at Jos\u00e9 Mart\u00ed airport on Sunday.",
                                "2016-03-20") == std::vector<std::string>{"DIPLOMATIC_VISIT USA>CUB"});
}

TEST_CASE("a person of the tables is of no country in a story from decades before all their roles") {
  // Sri Lanka's foreign minister from 2022 is no Egyptian vice president of
  // 1965; in 2023 he is Sri Lanka's.
  CHECK(attache_test::entity_country("He was met on the quay by Vice President Ali Sabry.", attache::EntityType::person,
                                     "Ali Sabry", "1965-02-25") == "");
  CHECK(attache_test::entity_country("He was met on the quay by Foreign Minister Ali Sabry.", attache::EntityType::person,
                                     "Ali Sabry", "2023-02-25") == "LKA");
  // A person named again in full keeps the country the text gave first.
  CHECK(attache_test::entity_country("Emperor Haile Selassie of Ethiopia arrived. A journey has taken Haile Selassie "
                                     "to Canada.",
                                     attache::EntityType::person, "Haile Selassie", "1954-07-21") == "ETH");
}

TEST_CASE("a person's name right after a country's possessive is that country's, hyphens and all") {
  // "Bahrain's Khaled bin Ahmed Al-Khalifa": a name found a person by its
  // given name, after "Bahrain's", is Bahraini (a hyphenated family name
  // too).
  auto d = extractor().extract("Bahrain's Khaled bin Ahmed Al-Khalifa and Jordan's Ahmed Al-Hassan arrived.");
  const auto* khaled = find(d, "Khaled bin Ahmed Al-Khalifa");
  const auto* ahmed = find(d, "Ahmed Al-Hassan");
  REQUIRE(khaled);
  REQUIRE(ahmed);
  CHECK(khaled->type == attache::EntityType::person);
  CHECK(khaled->country == "BHR");
  CHECK(ahmed->country == "JOR");
  // (A title the tables lack between: "Bahrain's Sheikh Khaled ...".)
  auto t = extractor().extract("Bahrain's Sheikh Khaled bin Ahmed Al-Khalifa arrived.");
  const auto* sheikh = find(t, "Khaled bin Ahmed Al-Khalifa");
  REQUIRE(sheikh);
  CHECK(sheikh->country == "BHR");
  // A spelling of data/people: "Sameh Shoukri" is Egypt's foreign minister.
  auto e = extractor().extract("Foreign Minister Sameh Shoukri met them.", attache::DocumentInfo{"", "2017-07-06"});
  const auto* shoukri = find(e, "Sameh Shoukri");
  REQUIRE(shoukri);
  CHECK(shoukri->country == "EGY");
}

}  // TEST_SUITE

TEST_CASE("a body named after a noun of business is a company, and acts for no state") {
  // data/lexicon/company-nouns.txt: its kind is company; its country is
  // where it comes from ...
  const auto orgs = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      if (e.type == attache::EntityType::organization) got.push_back(e.text + "=" + e.country + "/" + e.kind);
    return got;
  };
  CHECK(orgs("Russian oil firm Yukos has closed its representative office in Kyiv.") ==
        std::vector<std::string>{"Yukos=RUS/company"});
  // ... but the office it closes is no state's mission.
  CHECK(attache_test::events_of("Russian oil firm Yukos has closed its representative office in Kyiv.").empty());
  // (A body named after another noun keeps no kind: "the militant group".)
  CHECK(orgs("The militant group Red Dawn said it had attacked the post.") ==
        std::vector<std::string>{"Red Dawn=/"});
}

TEST_CASE("a heading in capitals that opens its line is no body") {
  // "Radio" leads the names of stations (org-leading-heads.txt), but not of
  // a programme's heading.
  const auto orgs = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      if (e.type == attache::EntityType::organization) got.push_back(e.text);
    return got;
  };
  CHECK(orgs("RADIO BULLETIN\nNEWSREADER: The King is in Berlin.").empty());
  CHECK(orgs("RADIO NEWS, TOP OF THE HOUR\nANCHOR: Canada has closed its embassy in Iran.").empty());
  CHECK(orgs("Radio Shabelle said the town fell.") == std::vector<std::string>{"Radio Shabelle"});
}

TEST_CASE("a gathering's head noun is no name, and an abbreviated rank is a title") {
  // "Leaders" before "Meeting" is no title before a name
  // (data/lexicon/not-names.txt); "Sr. Gen." is a rank (titles.tsv).
  CHECK(entities("Leaders gathered in Rarotonga for the Pacific Islands Forum Leaders Meeting. Myanmar's junta "
                 "leader, Sr. Gen. Min Aung Hlaing, stayed away.") ==
        V{"ORGANIZATION:Pacific Islands Forum", "COUNTRY:Myanmar=MMR", "PERSON:Min Aung Hlaing"});
}

TEST_CASE("a street or a railway is no person") {
  // data/lexicon/facility-words.txt: a name that ends in one of them names
  // a road, a site or a line.
  CHECK(entities("Helen Suzman Boulevard will be closed from 3pm. Hiroshima Electric Railway said trams would stop.")
            .empty());
}

TEST_CASE("a place followed by a US state is in the United States") {
  // places_in_us_states(): "CAMBRIDGE, Mass." (an AP abbreviation of
  // places.tsv, a state only there), and the story's other mentions of it.
  const auto places = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text).entities)
      if (e.type == attache::EntityType::place) got.push_back(e.text + "=" + e.code);
    return got;
  };
  CHECK(places("CAMBRIDGE, Mass. - Yoon spends the day in Cambridge.") ==
        V{"CAMBRIDGE=USA", "Mass.=USA", "Cambridge=USA"});
  CHECK(places("PARIS, Texas - The mayor spoke.") == V{"PARIS=USA", "Texas=USA"});
  CHECK(places("The president attended Mass. He flew to Paris.") == V{"Paris=FRA"});
}

TEST_CASE("a generational suffix after a name of the tables names another person") {
  // "Donald Trump Jr." is not the president of the tables ("Donald Trump"):
  // a person of no country; "Teodoro Locsin Jr.", whose name in the tables
  // has the suffix, keeps his country (matched by the alias "Teodoro
  // Locsin"); a Roman numeral is left to the title rules.
  const auto people = [](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : attache_test::extractor().extract(text, attache::DocumentInfo{"", "2020-06-01"}).entities)
      if (e.type == attache::EntityType::person) got.push_back(e.text + "=" + e.country);
    return got;
  };
  CHECK(people("Donald Trump Jr. spoke in Nuuk. Donald Trump spoke in Washington.") ==
        V{"Donald Trump Jr.=", "Donald Trump=USA"});
  CHECK(people("Foreign Secretary Teodoro Locsin Jr. flew to Tokyo.") == V{"Teodoro Locsin Jr.=PHL"});
}
