package manifest

import (
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/strictjson"
)

// Problem codes: stable names of the rules a manifest can break.
const (
	codeTooLarge      = "document.too_large"
	codeSyntax        = strictjson.CodeSyntax
	codeType          = strictjson.CodeType
	codeUnknownField  = strictjson.CodeUnknownField
	codeDuplicateKey  = strictjson.CodeDuplicateKey
	codeBadValue      = strictjson.CodeValue
	codeTrailing      = strictjson.CodeTrailing
	codeVersion       = "version"
	codeExpired       = "expired"
	codeRequired      = "required"
	codeLanguage      = "text.language_missing"
	codeLanguages     = "languages.missing"
	codeID            = "id.invalid"
	codeDuplicateID   = "id.duplicate"
	codeReference     = "reference.unknown"
	codeURLMalformed  = "url.malformed"
	codeURLInsecure   = "url.insecure"
	codeURLOffDomain  = "url.off_domain"
	codeMailto        = "mailto.malformed"
	codeMailtoField   = "mailto.field"
	codeBidi          = "text.bidi_control"
	codeLifetime      = "expires.too_late"
	codeTel           = "tel.malformed"
	codeKind          = "channel.kind"
	codeKindValue     = "channel.value_scheme"
	codeTemplate      = "template.invalid"
	codeHours         = "hours.invalid"
	codeZone          = "hours.zone"
	codeDomain        = "domain.invalid"
	codeEnum          = "enum.unknown"
	codeRegion        = "region.invalid"
	codeLangTag       = "language_tag.invalid"
	codeName          = "name.invalid"
	codeRange         = "range.invalid"
	codeSignature     = "signature.invalid"
	codeSignatureForm = "signature.encoding"
)

// Warning codes: findings that do not refuse a manifest but that its
// publisher should look at (Manifest.Warnings).
const (
	codeHostPunycode    = "host.punycode"
	codeHostMixedScript = "host.mixed_script"
)

// Messages for the platform operator (CLI) and, through the panel's
// "could not verify" notice, the merchant.
var (
	msgTooLarge     = i18n.M(i18n.ManifestTooLarge)
	msgBadValue     = i18n.M(i18n.ManifestBadValue)
	msgVersion      = i18n.M(i18n.ManifestVersion)
	msgExpired      = i18n.M(i18n.ManifestExpired)
	msgExpiryOrder  = i18n.M(i18n.ManifestExpiryOrder)
	msgRequired     = i18n.M(i18n.ManifestRequired)
	msgLanguage     = i18n.M(i18n.ManifestLanguage)
	msgLanguages    = i18n.M(i18n.ManifestLanguages)
	msgID           = i18n.M(i18n.ManifestID)
	msgDuplicateID  = i18n.M(i18n.ManifestDuplicateID)
	msgReference    = i18n.M(i18n.ManifestReference)
	msgURLMalformed = i18n.M(i18n.ManifestURLMalformed)
	msgURLInsecure  = i18n.M(i18n.ManifestURLInsecure)
	msgURLUserPort  = i18n.M(i18n.ManifestURLUserPort)
	msgURLIP        = i18n.M(i18n.ManifestURLIP)
	msgURLOffDomain = i18n.M(i18n.ManifestURLOffDomain)
	msgMailto       = i18n.M(i18n.ManifestMailto)
	msgMailtoField  = i18n.M(i18n.ManifestMailtoField)
	msgBidi         = i18n.M(i18n.ManifestBidi)
	msgLifetime     = i18n.M(i18n.ManifestLifetime)
	msgHostPunycode = i18n.M(i18n.ManifestHostPunycode)
	msgHostMixed    = i18n.M(i18n.ManifestHostMixed)
	msgTel          = i18n.M(i18n.ManifestTel)
	msgKind         = i18n.M(i18n.ManifestKind)
	msgKindValue    = i18n.M(i18n.ManifestKindValue)
	msgTemplate     = i18n.M(i18n.ManifestTemplate)
	msgHoursBoth    = i18n.M(i18n.ManifestHoursBoth)
	msgHoursEmpty   = i18n.M(i18n.ManifestHoursEmpty)
	msgHoursDupDay  = i18n.M(i18n.ManifestHoursDupDay)
	msgHoursSame    = i18n.M(i18n.ManifestHoursSame)
	msgHoursOpen24  = i18n.M(i18n.ManifestHoursOpen24)
	msgZone         = i18n.M(i18n.ManifestZone)
	msgDomain       = i18n.M(i18n.ManifestDomain)
	msgEnum         = i18n.M(i18n.ManifestEnum)
	msgRegion       = i18n.M(i18n.ManifestRegion)
	msgLangTag      = i18n.M(i18n.ManifestLangTag)
	msgName         = i18n.M(i18n.ManifestName)
	msgSpan         = i18n.M(i18n.ManifestSpan)
	msgWindow       = i18n.M(i18n.ManifestWindow)
	msgNegative     = i18n.M(i18n.ManifestNegative)
	msgSignature    = i18n.M(i18n.ManifestSignature)
	msgSigEncoding  = i18n.M(i18n.ManifestSigEncoding)

	msgKeywords = i18n.M(i18n.ManifestKeywords)
)
