/// RFC 5322 §3.3 date-time, read from a Date field's bytes: the date, the time, the zone,
/// and what deviates from the grammar (obsolete forms included, §4.3).
public struct DateTimeValue: Sendable, Equatable {
    /// Year, month (1–12), day, hour, minute, second as written.
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    /// The zone's offset from UTC in minutes.
    public var zoneMinutes: Int
    /// The day of the week as written ("Mon"), when given.
    public var weekday: String?
    /// Obsolete forms used (a 2-digit year, a named zone), for the reader to fix.
    public var obsolete: [String]

    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int {
        DateTimeValue.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
            - zoneMinutes * 60
    }

    /// Days from 1970-01-01 to the given date (proleptic Gregorian).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The weekday of the date, "Mon" … "Sun".
    public var actualWeekday: String {
        let days = DateTimeValue.daysSince1970(year: year, month: month, day: day)
        let index = ((days % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday
        return DateTimeParser.weekdays[index]
    }
}

/// Reads RFC 5322 date-time values.
public enum DateTimeParser {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let months = monthNames.map { $0.lowercased() }
    /// Obsolete zone names (RFC 5322 §4.3) and their offsets in hours.
    static let namedZones: [String: Int] = [
        "ut": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
        "pdt": -7,
    ]

    /// The value of `text` (a Date field's unfolded value), or what makes it unreadable.
    public static func parse(_ text: String) -> Result<DateTimeValue, DateTimeError> {
        // Comments are white space (CFWS); tokens are words, numbers and punctuation.
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")", depth > 0 {
                depth -= 1
            } else if depth == 0 {
                cleaned.append(character)
            }
        }
        var tokens = cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).map(
            String.init)
        var obsolete: [String] = []
        var weekday: String?
        if let first = tokens.first, first.hasSuffix(",") || (tokens.count > 1 && tokens[1] == ",") {
            let name = first.trimmingSuffix(",")
            guard let match = weekdays.first(where: { $0.lowercased() == name.lowercased() }) else {
                return .failure(DateTimeError("\"\(name)\" is not a day of the week (Mon … Sun)"))
            }
            weekday = match
            tokens.removeFirst()
            if tokens.first == "," { tokens.removeFirst() }
        }
        guard tokens.count >= 4 else { return .failure(DateTimeError("it is not \"day month year hh:mm[:ss] zone\"")) }
        guard let day = Int(tokens[0]), (1...31).contains(day), tokens[0].count <= 2 else {
            return .failure(DateTimeError("\"\(tokens[0])\" is not a day of the month"))
        }
        guard let monthIndex = months.firstIndex(of: tokens[1].lowercased()) else {
            return .failure(DateTimeError("\"\(tokens[1])\" is not a month name (Jan … Dec)"))
        }
        guard var year = Int(tokens[2]), tokens[2].allSatisfy(\.isNumber), tokens[2].count <= 4 else {
            return .failure(DateTimeError("\"\(tokens[2])\" is not a year"))
        }
        if tokens[2].count < 4 {
            obsolete.append("a \(tokens[2].count)-digit year")
            year += tokens[2].count == 2 ? (year < 50 ? 2000 : 1900) : 1900
        }
        let timeParts = tokens[3].split(separator: ":", omittingEmptySubsequences: false).map {
            $0.count <= 2 && $0.allSatisfy(\.isNumber) ? Int($0) : nil
        }
        guard (2...3).contains(timeParts.count), timeParts.allSatisfy({ $0 != nil }) else {
            return .failure(DateTimeError("\"\(tokens[3])\" is not a time (hh:mm or hh:mm:ss)"))
        }
        let hour = timeParts[0]!
        let minute = timeParts[1]!
        let second = timeParts.count == 3 ? timeParts[2]! : 0
        guard hour < 24, minute < 60, second <= 60 else {
            return .failure(DateTimeError("\"\(tokens[3])\" is not a time of day"))
        }
        guard tokens.count >= 5 else { return .failure(DateTimeError("the time zone is missing")) }
        let zoneText = tokens[4]
        var zoneMinutes: Int
        if let sign = zoneText.first, sign == "+" || sign == "-", zoneText.count == 5,
            let value = Int(zoneText.dropFirst()), zoneText.dropFirst().allSatisfy(\.isNumber)
        {
            guard value % 100 < 60 else { return .failure(DateTimeError("\"\(zoneText)\" is not a zone offset")) }
            zoneMinutes = (value / 100 * 60 + value % 100) * (sign == "-" ? -1 : 1)
        } else if let hours = namedZones[zoneText.lowercased()] {
            zoneMinutes = hours * 60
            obsolete.append("the zone name \(zoneText)")
        } else if zoneText.count == 1, zoneText.first?.isLetter == true {
            zoneMinutes = 0  // military zones: RFC 5322 §4.3 says to read them as -0000
            obsolete.append("the military zone \(zoneText)")
        } else {
            return .failure(DateTimeError("\"\(zoneText)\" is not a time zone (+hhmm or -hhmm)"))
        }
        if tokens.count > 5 {
            return .failure(DateTimeError("text after the zone: \"\(tokens[5...].joined(separator: " "))\""))
        }
        let daysInMonth = [
            31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        guard day <= daysInMonth[monthIndex] else {
            return .failure(DateTimeError("\(monthNames[monthIndex]) \(year) has no day \(day)"))
        }
        return .success(
            DateTimeValue(
                year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: second,
                zoneMinutes: zoneMinutes, weekday: weekday, obsolete: obsolete))
    }
}

/// Why a date-time could not be read.
public struct DateTimeError: Error, Sendable, Equatable {
    /// What is wrong, for a reader.
    public var reason: String
    /// Creates an error.
    public init(_ reason: String) { self.reason = reason }
}

extension String {
    /// The text without `suffix` at its end.
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
