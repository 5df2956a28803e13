import Testing

@testable import MailLint

/// Arabic says "this mailbox is not monitored" with the passive light verb first ("لا تتم
/// مراقبة صندوق البريد هذا", "is not done the monitoring of this mailbox"): the mailbox after
/// the state is what the state is said of, as when the sender is the subject ("we do not
/// monitor this mailbox"); not the reader's mail, nor a state said only in part.
struct DeadEndArabicPassiveTests {
    @Test(arguments: [
        "لا تتم مراقبة صندوق البريد هذا.", "لا يتم فحص صندوق البريد هذا.", "لا يتم التحقق من هذا العنوان.",
        "نحن لا نراقب صندوق البريد هذا.",
    ])
    func recognises(_ sentence: String) {
        DeadEndGrammarTests.expectRecognised("ar", sentence)
    }

    @Test(arguments: [
        "لا يتم فحص بريدك الإلكتروني بحثًا عن الفيروسات.", "لا تتم مراقبة حسابك.", "لا يتم فحص المرفقات الكبيرة.",
        "لا تتم معالجة الطلبات في عطلة نهاية الأسبوع.", "لا يتم فحص صندوق البريد هذا إلا من قبل فريق الدعم.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
