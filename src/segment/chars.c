#include "chars.h"

#include <utf8proc.h>

static enum hr_cclass ascii_class(int32_t c)
{
    if (c == ' ' || (c >= '\t' && c <= '\r')) return HR_C_SPACE;
    if (c >= 'A' && c <= 'Z') return HR_C_UPPER;
    if (c >= 'a' && c <= 'z') return HR_C_LOWER;
    if (c >= '0' && c <= '9') return HR_C_DIGIT;
    if (c == '\'' || c == '"' || c == '`') return HR_C_QUOTE;
    if (c == '-') return HR_C_DASH;
    if (c == '$' || c == '%' || c == '&' || c == '+' || c == '<' || c == '=' ||
        c == '>' || c == '^' || c == '|' || c == '~' || c == '#' || c == '@')
        return HR_C_SYMBOL;
    if (c < 0x20 || c == 0x7F) return HR_C_OTHER;
    return HR_C_PUNCT;
}

enum hr_cclass hr_class_of(int32_t cp)
{
    if (cp < 0x80) return ascii_class(cp);
    switch (cp) {
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return HR_C_SPACE;  /* zero-width characters separate nothing visible */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
    case 0x201D: case 0x201E: case 0x201F: case 0x2032: case 0x2033:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
        return HR_C_QUOTE;
    case 0xFFFD:
        return HR_C_OTHER;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return HR_C_SPACE;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        return HR_C_UPPER;
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return HR_C_LOWER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return HR_C_MARK;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return HR_C_DIGIT;
    case UTF8PROC_CATEGORY_PD:
        return HR_C_DASH;
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_PC:
        return HR_C_PUNCT;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return HR_C_SYMBOL;
    case UTF8PROC_CATEGORY_CF:
        return cp == 0x00AD ? HR_C_MARK : HR_C_OTHER;  /* soft hyphen joins */
    default:
        return HR_C_OTHER;
    }
}
