/**
 * Subject names as people type them: full-width letters and digits, stray spaces, （） vs () vs 【】,
 * quotes around “三西”, 其它 for 其他, a leading ordinal (一、 1. （一）) from 收支总表, a trailing 支出.
 * Two names are the same subject when their normalized forms are equal.
 */
import { TextCache } from '../textCache';

const OPEN_BRACKETS = /[（【〔［\[｛{〈《]/g;
const CLOSE_BRACKETS = /[）】〕］\]｝}〉》]/g;
const QUOTES = /["'“”‘’「」『』〝〞＂＇]/g;
const CHINESE_ORDINAL = '[一二三四五六七八九十百零〇]+';
const LEADING_ORDINAL = new RegExp(`^(?:(?:${CHINESE_ORDINAL}|\\d{1,2})[、.,]|\\((?:${CHINESE_ORDINAL}|\\d{1,2})\\)[、.]?)`);

/** NFKC folds full-width letters, digits, spaces and （） to ASCII; then brackets, quotes, spaces. */
function foldCharacters(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b]+/g, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(QUOTES, '')
    .replace(/其它/g, '其他');
}

/** `一、科学技术支出`, `1.一般公共预算拨款`, `（一）…`: the ordinal is layout, not part of the name. */
function stripLeadingOrdinal(name: string): string {
  return name.replace(LEADING_ORDINAL, '');
}

/**
 * A trailing 支出 is often added or dropped (机关事业单位基本养老保险缴费[支出]); it never tells two
 * subjects apart, so drop it — but keep names that would shrink to a single character.
 */
function stripTrailingZhichu(name: string): string {
  return name.length > 3 && name.endsWith('支出') ? name.slice(0, -2) : name;
}

const NORMALIZED = new TextCache<string>(20000);

export function normalizeSubjectName(name: string): string {
  return NORMALIZED.get(name, readSubjectName);
}

function readSubjectName(name: string): string {
  const folded = stripLeadingOrdinal(foldCharacters(name)).replace(/[:：]+$/, '');
  return stripTrailingZhichu(folded);
}

/** A label may carry its own code (`2060101-行政运行`, `[2060101]行政运行`): drop it when it is the row's code. */
export function stripCodePrefix(label: string, code: string): string {
  const m = /^\s*[\[【(（]?\s*(\d{3,7})\s*[\]】)）]?\s*[-－—:：、.\s]*(.*)$/s.exec(label);
  return m && m[1] === code && m[2] !== '' ? m[2] : label;
}
