/// One mailbox of an address field (RFC 5322 §3.4), with its position.
public struct Mailbox: Sendable, Equatable {
    /// The display name, RFC 2047 decoded and unquoted; nil when there is none.
    public var displayName: String?
    /// The local part, unquoted (`"john doe"` becomes `john doe`).
    public var localPart: String
    /// The domain, as written (a domain literal keeps its brackets); nil when missing.
    public var domain: String?
    /// The name of the group the mailbox is listed in, if any.
    public var groupName: String?
    /// 0-based byte offsets in the message buffer of the whole mailbox (display name and
    /// angle brackets included).
    public var range: Range<Int>
    /// 0-based byte offsets of the addr-spec (`local@domain`) alone.
    public var addressRange: Range<Int>

    /// `local@domain`, or just the local part when there is no domain.
    public var address: String { domain.map { localPart + "@" + $0 } ?? localPart }

    /// The domain in lowercase, without a trailing dot, or nil.
    public var normalizedDomain: String? {
        domain.map { $0.lowercased().hasSuffix(".") ? String($0.lowercased().dropLast()) : $0.lowercased() }
    }

    /// Creates a mailbox.
    public init(
        displayName: String?, localPart: String, domain: String?, groupName: String? = nil, range: Range<Int>,
        addressRange: Range<Int>
    ) {
        self.displayName = displayName
        self.localPart = localPart
        self.domain = domain
        self.groupName = groupName
        self.range = range
        self.addressRange = addressRange
    }
}

/// The mailboxes of one or more address fields and what was wrong with them.
public struct AddressList: Sendable, Equatable {
    /// Every mailbox in order, groups flattened (a mailbox knows its `groupName`).
    public var mailboxes: [Mailbox]
    /// Deviations, each with its range; an invalid address is kept here with its text.
    public var defects: [ParseDefect]

    /// Creates a list.
    public init(mailboxes: [Mailbox] = [], defects: [ParseDefect] = []) {
        self.mailboxes = mailboxes
        self.defects = defects
    }
}
