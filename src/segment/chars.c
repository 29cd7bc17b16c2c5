#include "chars.h"

#include <utf8proc.h>

#define S HR_C_SPACE
#define U HR_C_UPPER
#define L HR_C_LOWER
#define D HR_C_DIGIT
#define Q HR_C_QUOTE
#define H HR_C_DASH
#define P HR_C_PUNCT
#define Y HR_C_SYMBOL
#define O HR_C_OTHER
const unsigned char hr_ascii_class[128] = {
    O, O, O, O, O, O, O, O, O, S, S, S, S, S, O, O,   /* controls, \t..\r */
    O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
    S, P, Q, Y, Y, Y, Y, Q, P, P, P, Y, P, H, P, P,   /*  !"#$%&'()*+,-./ */
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,   /* 0-9 :;<=>? */
    Y, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,   /* @ A-O */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, Y, P,   /* P-Z [\]^_ */
    Q, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,   /* ` a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, O,   /* p-z {|}~ DEL */
};
#undef S
#undef U
#undef L
#undef D
#undef Q
#undef H
#undef P
#undef Y
#undef O

enum hr_cclass hr_class_of(int32_t cp)
{
    if (cp < 0x80) return (enum hr_cclass)hr_ascii_class[cp];
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
