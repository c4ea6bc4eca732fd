using static Dyad.Tests.Pipeline.Coding;

namespace Dyad.Tests.Steps;

/// <summary>
/// Who the parties of a found step are, and which way: lists whose second name carries a title the name's mention leaves
/// out, sanctions on a trade in one state's goods, and an envoy a bare verb sends away. One sentence in, the expected records out.
/// </summary>
public class ArgumentFramesTests
{
    [Theory]
    [InlineData("Erdogan and President Abdel Fattah al-Sisi met in Doha on Sunday.", "TUR->EGY contact.leader asserted 2022-11-20")]
    [InlineData("Erdogan and President Sisi met on Sunday.", "TUR->EGY contact.leader asserted 2022-11-20")]
    [InlineData("Erdogan and Sisi met in Doha on Sunday.", "TUR->EGY contact.leader asserted 2022-11-20")]
    // After a comma alone the title opens an apposition: no second party.
    [InlineData("Qatar's emir received Iran's foreign minister, President Masoud Pezeshkian's envoy, in Doha on Sunday.",
        "IRN->QAT contact.ministerial asserted 2022-11-20")]
    // A verb before the "and": a second clause with its own subject.
    [InlineData("Sisi hosted Iraq's prime minister in Cairo and President Erdogan hosted Jordan's king in Ankara on Sunday.",
        "IRQ->EGY visit.leader asserted 2022-11-20; JOR->TUR visit.leader asserted 2022-11-20")]
    public void Code_TitleAfterAnd_KeepsTheListTogether(string text, string expected) => Check(text, expected, "2022-11-22");

    [Theory]
    [InlineData("The Treasury imposed sanctions on Thursday on a shipping network that carried Venezuelan oil to Cuba.", "USA->VEN sanction.impose asserted 2022-11-17")]
    [InlineData("On Thursday the Treasury imposed new sanctions on a network shipping Iranian oil to China.", "USA->IRN sanction.impose asserted 2022-11-17")]
    // No state owns the goods: the one named is whom the sanctions are on.
    [InlineData("The European Union imposed sanctions on China on Thursday over drone parts shipped to Russia.", "EU->CHN sanction.impose asserted 2022-11-17")]
    // A victim's goods, and the sanctioner's own goods smuggled out, are not whom the sanctions are against.
    [InlineData("The EU imposed sanctions on Thursday on a network that carried stolen Ukrainian grain to Syria.", "EU->SYR sanction.impose asserted 2022-11-17")]
    [InlineData("The US Treasury imposed sanctions on Thursday on a network that smuggled American components to Iran.", "USA->IRN sanction.impose asserted 2022-11-17")]
    public void Code_SanctionsOnATradeInGoods_AreAgainstTheGoodsState(string text, string expected) => Check(text, expected, "2022-11-22");

    [Theory]
    [InlineData("Greece decided on Monday to expel the Libyan ambassador.\n\n\"First to expel the Libyan ambassador and downgrade our ties,\" Petros Alexiou told reporters.",
        "GRC->LBY relations.sever asserted 2019-12-09")]
    [InlineData("Greece decided on Monday to summon the Libyan ambassador, and Libya recalled its own envoy from Athens.", "LBY->GRC relations.sever asserted 2019-12-09")]
    public void Code_EnvoySentAway_IsNoSubject(string text, string expected) => Check(text, expected, "2019-12-10");
}
