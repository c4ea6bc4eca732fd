using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Steps;

/// <summary>
/// Cues of measures and conflict (issue 17): each rule beside a near miss it must leave alone. One sentence in, the
/// expected records out ("SRC->TGT step modality date"; "" is no record), published 2023-09-14 unless a row says otherwise.
/// </summary>
public class MeasureCueTests
{
    private const string Published = "2023-09-14";

    private static void Check(string text, string expected, string published = Published) => Coding.Check(text, expected, published);

    [Theory]
    // Relations frozen by the idiom are cut by the one who froze them; a freeze told as a state names no one.
    [InlineData("Seoul put its ties with Tokyo on ice in August 2019.", "KOR->JPN relations.sever asserted 2019-08")]
    [InlineData("Beijing plunged relations with Canberra into a deep freeze in 2020.", "CHN->AUS relations.sever asserted 2020")]
    [InlineData("Relations between Warsaw and Minsk have been in deep freeze since 2020.", "")]
    [InlineData("Oslo put the dispute with Caracas on ice last year.", "")]
    [InlineData("The row put relations between Rome and Paris into a deep freeze in 2019.", "")]
    [InlineData("Beijing put trade relations with Canberra on ice in 2020, banning imports of barley and wine.", "CHN->AUS sanction.impose asserted 2020")]
    public void RelationsFrozen(string text, string expected) => Check(text, expected);

    [Theory]
    // An embassy resuming its own operations is a reopening; an embassy reporting another resumption is not.
    [InlineData("Nicosia's embassy in Beirut was in the process of resuming operations.", "CYP->LBN mission.reopen planned 2023-09-14")]
    [InlineData("The Italian embassy said Rome was in the process of resuming flights to Tunis.", "ITA->TUN border.reopen planned 2023-09-14")]
    [InlineData("The Syrian embassy in Abu Dhabi said on Monday that Syrian Airlines was set to resume operations to Dubai.", "")]
    [InlineData("The Spanish embassy in Damascus is not about to resume operations.", "ESP->SYR mission.reopen negated 2023-09-14")]
    public void EmbassyResuming(string text, string expected) => Check(text, expected);

    [Theory]
    // A target a state's sanctions avoided is a sanction not taken; firms avoiding a market take no measure.
    [InlineData("In its first round of sanctions, Britain avoided targeting Chinese banks.", "GBR->CHN sanction.impose negated 2023-09-14")]
    [InlineData("Canada refrained from sanctioning Indian firms over the deal.", "CAN->IND sanction.impose negated 2023-09-14")]
    [InlineData("Shipping firms have avoided Iranian ports since the sanctions took effect.", "")]
    [InlineData("The US sanctions announced on Tuesday avoid targeting food and medicine shipments to Syria.", "")]
    [InlineData("The European Union has so far avoided sanctioning Russian gas companies.", "EU->RUS sanction.impose negated 2023-09-14")]
    public void SanctionsAvoided(string text, string expected) => Check(text, expected);

    [Theory]
    // Territory that will not be a launchpad for attacks is an assurance; a denied plan of attack is the offensive negated.
    [InlineData("Ankara said Syrian territory would not be used as a launchpad for attacks against Turkey.", "")]
    [InlineData("Libya pledged that its soil would never again be a base for strikes on Tunisia.", "")]
    [InlineData("Eritrea denied that Asmara was planning any attack on Ethiopia.", "ERI->ETH conflict.offensive negated 2025-03-12")]
    [InlineData("Turkey launched an offensive against Syria from its bases in Hatay on Tuesday.", "TUR->SYR conflict.offensive asserted 2025-03-11")]
    public void AttackAssurances(string text, string expected) => Check(text, expected, "2025-03-12");
}
