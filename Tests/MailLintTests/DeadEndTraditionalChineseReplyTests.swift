import Testing

@testable import MailLint

/// Traditional Chinese writes "reply" 回覆 and, as often in Hong Kong and Taiwan, 回復,
/// which also means "restore": 回復 is read as replying where nothing else can be meant
/// (directly, to this or that mail, replies to this mail, a mailbox that does not accept
/// them), never alone, so that account and device mail about data that cannot be restored
/// stays silent.
struct DeadEndTraditionalChineseReplyTests {
    @Test(arguments: [
        "此郵件為系統自動發送，請勿直接回復。",
        "請勿回復此電子郵件。",
        "（請勿回復該郵件）",
        "本信件由系統自動寄出，請勿直接回復本信件。",
        "對此郵件的回復將不會被處理。",
        "此信箱不接受回復。",
    ])
    func recognises(_ sentence: String) {
        DeadEndGrammarTests.expectRecognised("zh-Hant", sentence)
    }

    @Test(arguments: [
        "請勿回復出廠設定，以免資料遺失。",
        "帳戶刪除後，資料將無法回復。",
        "刪除後將無法回復，請謹慎操作。",
        "此操作無法復原或回復。",
        "服務已回復正常。",
        "如有任何問題，歡迎直接回復此郵件。",
        "若未收到回復，請致電客服。",
    ])
    func staysSilentOnRestoringAndInvitations(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
