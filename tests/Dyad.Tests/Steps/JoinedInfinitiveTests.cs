using static Dyad.Tests.Pipeline.Coding;

namespace Dyad.Tests.Steps;

/// <summary>
/// Letters and calls of several states: an infinitive joined by "and to" shares the subject and the object of the one
/// before it, a participle after a titled addressee is the writers', and "X and two other members, A and B" lists all
/// three. One sentence in, the expected records out.
/// </summary>
public class JoinedInfinitiveTests
{
    [Theory]
    [InlineData("Norway and Iceland urged the European Union to review its visa rules and to appoint an envoy to Damascus.",
        "ISL->SYR stance.support asserted 2024-07-26; NOR->SYR stance.support asserted 2024-07-26")]
    // A purpose infinitive ("to work together to build") names no one who would act: nothing is joined to it.
    [InlineData("The president used a speech on Tuesday to call on Algerian leaders to work together to build ties and to reopen the border.", "")]
    public void Code_AndToInfinitive_SharesTheEarlierSubject(string text, string expected) => Check(text, expected, "2024-07-26");

    [Theory]
    [InlineData("Ireland and Sweden wrote to EU foreign policy chief Josep Borrell urging the bloc to appoint an envoy to Damascus.",
        "IRL->SYR stance.support asserted 2024-07-26; SWE->SYR stance.support asserted 2024-07-26")]
    [InlineData("Spain and two other European Union members, Portugal and Malta, wrote to EU foreign policy chief Josep Borrell urging the bloc to appoint an envoy to Damascus.",
        "ESP->SYR stance.support asserted 2024-07-26; MLT->SYR stance.support asserted 2024-07-26; PRT->SYR stance.support asserted 2024-07-26")]
    public void Code_LetterToATitledAddressee_IsTheWritersCall(string text, string expected) => Check(text, expected, "2024-07-26");

    [Theory]
    [InlineData("Bahrain agreed on Tuesday to restore ties with Qatar and to reopen embassies, in a deal that saw Kuwait praise both.",
        "BHR->QAT mission.reopen planned 2024-07-23")]
    public void Code_JoinedInfinitiveWithNoObject_TakesTheEarlierObject(string text, string expected) => Check(text, expected, "2024-07-26");
}
