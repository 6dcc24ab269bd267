package intent

// traditional pairs each Traditional character merchants use for these
// problems with its Simplified form, two by two ("帳账…"). It is not a
// full converter: the rest of a Traditional text still shares most
// characters with Simplified keywords, and every language's keywords are
// matched anyway. Only characters that Simplified Chinese does not use
// for another word are mapped (not 著, 乾, 瞭).
const traditional = "" +
	"帳账賬账帐账戶户號号碼码錢钱額额餘余幣币筆笔單单訂订貨货買买賣卖價价費费續续匯汇" +
	"轉转帶带還还資资產产財财務务稅税內内據据現现領领儲储補补發发進进處处場场專专區区" +
	"塊块鏈链確确認认證证驗验簽签審审準准標标規规則则條条權权鎖锁凍冻結结關关開开閉闭" +
	"盜盗竊窃騙骗詐诈駭骇險险監监異异設设備备錄录機机裝装線线網网絡络電电話话郵邮簡简" +
	"訊讯鑰钥對对調调應应時时間间長长過过沒没問问題题錯错誤误敗败無无頁页載载傳传檔档" +
	"圖图顯显級级數数鍵键與与後后臺台員员變变動动體体為为麼么這这個个們们說说讓让給给" +
	"幫帮該该嗎吗從从來来裡里樣样幾几會会紅红齊齐夠够參参雙双綁绑剛刚歷历紀纪詢询諮咨" +
	"類类別别項项啟启閱阅讀读節节點点擊击壞坏損损遺遗舊旧換换復复複复協协議议違违風风" +
	"護护統统維维隊队饋馈評评態态報报遲迟連连鐘钟齡龄響响聯联繫系係系贓赃盤盘腦脑軟软" +
	"歸归屬属滙汇寶宝銀银請请將将經经營营稱称實实際际難难積积極极質质詳详細细狀状況况" +
	"記记詞词洩泄陸陆"

// simplifiedOf is traditional as a map, made at start-up (a few hundred
// entries; cheaper in code than building it on first use).
var simplifiedOf = func() map[rune]rune {
	m := make(map[rune]rune, len(traditional)/6)
	rs := []rune(traditional)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()
