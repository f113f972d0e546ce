import { describe, expect, it } from 'vitest';
import { sharedTerm, titleStackingMessage, titleStackingProblems } from '../../../src/lib/lint/title-stacking.ts';

describe('titleStackingProblems', () => {
  it('finds contact details and addresses', () => {
    expect(titleStackingProblems('POS机免费办理 电话13800138000')).toEqual(['含电话号码 “13800138000”']);
    expect(titleStackingProblems('POS机办理咨询400-123-4567')).toEqual(['含电话号码 “400-123-4567”']);
    expect(titleStackingProblems('POS机激活加微信：haopos888')).toEqual(['含QQ或微信号 “微信：haopos888”']);
    expect(titleStackingProblems('POS机办理QQ 123456789')).toEqual(['含QQ或微信号 “QQ 123456789”']);
    expect(titleStackingProblems('POS机申请到 www.haopos888.com')).toEqual(['含网址 “www.haopos888.com”']);
  });

  it('finds keywords listed with separators, or with punctuation when they repeat or run long', () => {
    expect(titleStackingProblems('POS机办理|POS机申请|POS机激活')).toEqual(['用分隔符 “|” 把标题分成了 3 段关键词']);
    expect(titleStackingProblems('拉卡拉POS机_激活 - 教程')).toEqual(['用分隔符 “_”“-” 把标题分成了 3 段关键词']);
    expect(titleStackingProblems('拉卡拉,银联商务,乐刷,POS机办理')).toEqual(['用标点把标题分成了 4 段关键词']);
    expect(titleStackingProblems('拉卡拉POS机激活教程大全，最新最全拉卡拉POS机办理激活流程详解，看完就懂不求人')).toEqual([
      '用标点分成 3 段，“拉卡拉POS机” 在其中重复出现',
    ]);
  });

  it('leaves plain titles alone, lists with 、 and two-clause questions included', () => {
    for (const title of [
      '拉卡拉POS机一年没刷还能用吗？',
      '电签POS、传统POS、智能POS怎么选？',
      'POS机日常维护：电池、清洁、防潮',
      'POS机激活流程，激活要交钱吗？',
      '刷卡没到账，先查这三处，再找客服',
      'POS机怎么选，怎么用，怎么退',
      '银联95516是官方客服吗？',
      '2026-11-01起费率调整：0.38%-0.6%怎么算',
      '微信支付和支付宝收款码有什么区别',
    ]) {
      expect(titleStackingProblems(title), title).toEqual([]);
    }
  });
});

describe('sharedTerm', () => {
  it('is the longest term of three or more characters two fragments share', () => {
    expect(sharedTerm(['拉卡拉POS机激活', '办理拉卡拉pos机', '其他'])).toBe('拉卡拉POS机');
    expect(sharedTerm(['怎么选', '怎么用'])).toBeUndefined();
  });
});

describe('titleStackingMessage', () => {
  it('joins the problems and cites Baidu’s title rules', () => {
    expect(titleStackingMessage('拉卡拉POS机一年没刷还能用吗？')).toBeUndefined();
    expect(titleStackingMessage('POS机办理|POS机申请_微信haopos888')).toMatch(
      /^标题堆砌：含QQ或微信号 “微信haopos888”；用分隔符 “\|”“_” 把标题分成了 3 段关键词。百度搜索的标题规范/,
    );
  });
});
