/// Every rule MailLint ships, in one immutable list. A test checks its invariants (unique
/// kebab-case ids, summaries, rationales, references, examples both ways) and runs every
/// example of every rule; `Docs/Rules.md` is generated from it.
public enum BuiltInRules {
    /// The built-in rules.
    public static let all: [any Rule.Type] = [
        // Replyability: can the reader answer?
        NoReplyFromRule.self,
        NoReplyReplyToRule.self,
        UnanswerableMessageRule.self,
        AutoSubmittedMissingRule.self,
        // Dead ends: does the message tell the reader replies go nowhere?
        DeadEndPhraseRule.self,
        // Unsubscribe: can the reader leave?
        ListUnsubscribeMissingRule.self,
        ListUnsubscribeInvalidRule.self,
        ListUnsubscribeNoHTTPSRule.self,
        OneClickUnsubscribeMissingRule.self,
        OneClickUnsubscribeInvalidRule.self,
        UnsubscribeHeadersNotSignedRule.self,
        ListUnsubscribeNotOpaqueRule.self,
        UnsubscribeLinkMissingRule.self,
        UnsubscribeLinkHiddenRule.self,
        UnsubscribeLinkTinyRule.self,
        UnsubscribeLinkLowContrastRule.self,
        UnsubscribeLinkImageOnlyRule.self,
        UnsubscribeLinkMissingInTextPartRule.self,
        // Compliance: RFC 5322 fields
        FromMissingRule.self,
        FromMultipleAddressesRule.self,
        DateMissingRule.self,
        DateInvalidRule.self,
        MessageIDMissingRule.self,
        MessageIDInvalidRule.self,
        MessageIDReusedRule.self,
        HeaderDuplicateRule.self,
        SubjectMissingRule.self,
        SubjectFakeReplyRule.self,
        DisplayNameMisleadingRule.self,
        PostalAddressMissingRule.self,
        // Compliance: lines, bytes and header syntax
        HeaderSyntaxInvalidRule.self,
        Header8BitRule.self,
        BareLineEndingRule.self,
        EncodedWordInvalidRule.self,
        HeaderTooLargeRule.self,
        AddressInvalidRule.self,
        // Compliance: MIME
        MIMEVersionMissingRule.self,
        MIMEStructureInvalidRule.self,
        TransferEncodingInvalidRule.self,
        CharsetUnknownRule.self,
        CharsetMismatchRule.self,
        CharsetMissingRule.self,
        HTMLOnlyRule.self,
        MessageClippedByGmailRule.self,
        StyleSheetTooLargeRule.self,
        HTMLTooLargeRule.self,
        // Compliance: line lengths
        LineTooLongRule.self,
        LineLongerThan78Rule.self,
        // Compliance: DKIM, read statically
        DKIMFromNotSignedRule.self,
        DKIMWeakRule.self,
        DKIMBodyHashMismatchRule.self,
        DKIMNotAlignedRule.self,
        // Directives: MailLint's own comments in templates
        SuppressionInvalidRule.self,
        // Templates: placeholders sent as they are.
        TemplateVariableUnresolvedRule.self,
        // Links: where they really go.
        LinkToIPAddressRule.self,
        LinkInsecureRule.self,
        LinkTextDomainMismatchRule.self,
        LinkShortenerRule.self,
        // Accessibility: what a reader with a screen reader or weak eyes meets.
        ImageAltMissingRule.self,
        LinkTextMissingRule.self,
        LinkTextVagueRule.self,
        TextLowContrastRule.self,
        LayoutTableRoleMissingRule.self,
        HTMLLangMissingRule.self,
        HTMLDirMissingRule.self,
        TitleMissingRule.self,
    ]

    /// The rule with id `id`, or nil.
    public static func rule(withID id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
