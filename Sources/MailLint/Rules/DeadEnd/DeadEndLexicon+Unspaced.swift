/// The languages of `DeadEndLexicon` written without spaces between words: their classes
/// are morphemes matched anywhere, and distances are counted in characters
/// (`DeadEndLanguage.Script`).
extension DeadEndLexicon {
    static let unspacedLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "ja", "Japanese", family: "Japonic", script: .unspaced(replyFirst: true),
            [
                .negation: "送らないで|送信しないで|しないで|できません|致しかねます|いたしかねます|出来ません|お控えください|ご遠慮ください|"
                    + "受け付けておりません|対応しておりません|対応できません|お受けできません|不可",
                .otherMail: "パスワード|暗証番号|カード番号|フィッシング|不審な|迷惑メール",
                .reply: "返信|ご返信|返答|お答え|回答",
                .replies: "ご返信|返信",
                .mailbox: "メールボックス|メールアドレス|アドレス|このメール",
                .negatedState: "誰にも届きません|届きません|届かない|受け付けていません|受信を受け付けていません|確認していません|確認しておりません|誰も確認していません|受け付けない|"
                    + "受け付けません|読まれません|読まれない|確認しておりません|確認できません|受信できません|受け付けておりません|対応しておりません|監視されていません|監視しておりません|"
                    + "監視されておりません|監視していません",
                .need: "不要|必要はありません|必要ありません",
                .sendOnly: "送信専用|配信専用|送信のみ|発信専用|送信専用アドレス",
                .discarded: "削除されます|削除いたします|破棄されます|無視されます|削除されることがあります",
                .send: "送信|送ら|お送り",
                .only: "専用|のみ",
                .outgoing: "通知|配信|送信",
                .yours: "お客様の|あなたの|ご登録の",
                .instead: "代わりに|かわりに",
            ]),
        DeadEndLanguage(
            "zh", "Chinese (simplified)", family: "Sinitic", script: .unspaced(replyFirst: false),
            [
                .negation: "勿|请勿|不要|请不要|切勿|无法|不能|不接受|不予|不会|不支持|不可",
                .otherMail: "密码|银行卡|卡号|钓鱼|可疑|诈骗|垃圾邮件",
                .reply: "回复|回信|答复|回应|直接回复|发送回复",
                .replies: "回复|回信",
                .mailbox: "邮箱|此邮箱|该邮箱|地址|邮件地址",
                .negatedState: "不会被任何人收到|无人收到|不会被收到|没有人查看|没人查看|无人查看|无人查看|不会被查看|不会处理|不会被处理|不予处理|不受理|无人处理|不会被阅读|"
                    + "无法接收|不接收|不受监控|未受监控|无人监控|无人值守",
                .need: "无需|无须|不必|不需要",
                .sendOnly: "发送专用|仅用于发送|系统自动发送的邮件|系统邮件|仅供发送|发件专用",
                .discarded: "自动删除|被删除|删除|被忽略|忽略",
                .past: "已|已经",
                .send: "发送|寄|写信|发邮件",
                .only: "仅|只|专用",
                .outgoing: "通知|发送|推送",
                .yours: "您的|你的",
                .instead: "而不是|而非",
            ]),
        DeadEndLanguage(
            "zh-Hant", "Chinese (traditional)", family: "Sinitic", script: .unspaced(replyFirst: false),
            [
                .negation: "勿|請勿|不要|請不要|切勿|無法|不能|不接受|不予|不會|不支援|不可",
                .otherMail: "密碼|銀行卡|卡號|釣魚|可疑|詐騙|垃圾郵件",
                .reply: "回覆|回信|答覆|回應|直接回覆",
                .replies: "回覆|回信",
                .mailbox: "信箱|此信箱|該信箱|郵件地址|地址",
                .negatedState: "不會被任何人收到|無人收到|不會被收到|無人查看|不會被查看|不會處理|不會被處理|不予處理|不受理|無人處理|不會被閱讀|無法接收|不接收|不受監控|未受監控|"
                    + "無人監控|無人值守",
                .need: "無需|無須|不必|不需要",
                .sendOnly: "發送專用|僅用於發送|系統自動發送的郵件|僅供發送|發信專用",
                .discarded: "自動刪除|被刪除|刪除|被忽略|忽略",
                .past: "已|已經",
                .send: "發送|寄信|寄|寫信",
                .only: "僅|只|專用",
                .outgoing: "通知|發送|推播",
                .yours: "您的|你的",
                .instead: "而不是|而非",
            ]),
        DeadEndLanguage(
            "ko", "Korean", family: "Koreanic", script: .unspaced(replyFirst: true),
            [
                .negation: "보내지 마|보내지 말|하지 마|하지마|하지 말|하지말|불가|할 수 없|되지 않|받지 않|수 없|하실 수 없|마십시오|마세요|삼가|하지 않",
                .otherMail: "비밀번호|카드 번호|카드번호|피싱|의심스러운|스팸",
                .reply: "회신|답장|답신|회답|응답",
                .replies: "회신|답장",
                .mailbox: "메일 주소|주소|메일함|이메일 주소",
                .negatedState: "답변드릴 수 없습니다|답변해 드릴 수 없습니다|답변드리지 않습니다|전달되지 않습니다|전달되지 않|받지 않습니다|수신하지 않습니다|"
                    + "확인하지 않습니다|아무도 확인하지 않습니다|확인하지 않|확인되지 않|수신되지 않|처리되지 않|모니터링되지 않|확인하지 않습니다",
                .need: "필요 없|필요없|필요하지 않",
                .sendOnly: "발신 전용|발신전용|발송 전용|발송전용|송신 전용|송신전용",
                .discarded: "삭제됩니다|삭제되며|폐기됩니다|무시됩니다",
                .send: "보내|발송",
                .only: "전용|만",
                .outgoing: "알림|발송|발신|통지",
                .yours: "고객님의|회원님의|귀하의",
                .instead: "대신",
            ]),
        DeadEndLanguage(
            "th", "Thai", family: "Kra-Dai", script: .unspaced(replyFirst: false),
            [
                .negation: "อย่า|กรุณาอย่า|โปรดอย่า|งด|ไม่สามารถ|ไม่รับ",
                .otherMail: "รหัสผ่าน|ฟิชชิ่ง|น่าสงสัย|หลอกลวง|สแปม|หมายเลขบัตร",
                .reply: "ส่งการตอบกลับ|ตอบกลับ|ตอบ",
                .replies: "การตอบกลับ",
                .mailbox: "ที่อยู่นี้|ที่อยู่|อีเมลนี้|ที่อยู่อีเมล|กล่องจดหมาย",
                .negatedState: "จะไม่ได้รับการตอบกลับ|ไม่ได้รับการตอบกลับ|ไม่รับข้อความ|ไม่รับอีเมล|"
                    + "ไม่มีใครตรวจสอบ|ไม่มีการตรวจสอบ|ไม่ได้รับการตรวจสอบ|ไม่สามารถรับ|ไม่มีผู้ดูแล",
                .need: "ไม่ต้อง|ไม่จำเป็น",
                .sendOnly: "ใช้สำหรับส่งเท่านั้น|สำหรับส่งเท่านั้น|ส่งออกเท่านั้น|สำหรับการส่งเท่านั้น",
                .discarded: "ถูกลบ|จะถูกลบ|ถูกเพิกเฉย",
                .past: "แล้ว",
                .send: "เขียน|ส่ง",
                .only: "เท่านั้น",
                .outgoing: "การแจ้งเตือน|แจ้งเตือน|การส่ง",
                .yours: "ของคุณ",
                .instead: "แทนที่จะ",
            ]),
    ]
}
