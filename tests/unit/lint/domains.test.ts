import { describe, expect, it } from 'vitest';
import { findDomains, isKnownHost, repeatedHosts } from '../../../src/lib/lint/domains.ts';

const hosts = (text: string) => findDomains(text).map((d) => [d.text, d.host]);

describe('findDomains', () => {
  it('finds bare domains and URLs written in Chinese text', () => {
    expect(hosts('想办理的朋友可以访问www.haopos888.com免费申请')).toEqual([['www.haopos888.com', 'haopos888.com']]);
    expect(hosts('详情请看 https://HaoPOS888.cn/apply?id=1，当天发货')).toEqual([['https://HaoPOS888.cn/apply?id=1', 'haopos888.cn']]);
    expect(hosts('客服邮箱 kefu@haopos888.net')).toEqual([['haopos888.net', 'haopos888.net']]);
  });
  it('finds domains whose dots are spelled out to dodge filters', () => {
    expect(hosts('搜索 haopos888点com 领取')).toEqual([['haopos888点com', 'haopos888.com']]);
    expect(hosts('网址：www。haopos888。cn')).toEqual([['www。haopos888。cn', 'haopos888.cn']]);
  });
  it('does not read numbers, versions, file names or code names as domains', () => {
    for (const text of [
      '费率0.38%，到账T+1，客服95016',
      '下载协议.pdf后签字',
      '基于Node.js开发',
      '银发〔2021〕259号',
      '版本 v1.2.3',
      '金额为6.5元',
    ]) {
      expect(hosts(text), text).toEqual([]);
    }
  });
});

describe('isKnownHost', () => {
  const known = new Set(['lakala.com', 'pay.weixin.qq.com', 'pbc.gov.cn']);
  it('accepts a known host and its subdomains, ignoring www. and case', () => {
    expect(isKnownHost('www.lakala.com', known)).toBe(true);
    expect(isKnownHost('WWW.PBC.GOV.CN', known)).toBe(true);
    expect(isKnownHost('m.lakala.com', known)).toBe(true);
  });
  it('rejects look-alikes and parents of a known host', () => {
    expect(isKnownHost('lakala.com.cn', known)).toBe(false);
    expect(isKnownHost('fakelakala.com', known)).toBe(false);
    expect(isKnownHost('qq.com', known)).toBe(false);
  });
});

describe('repeatedHosts', () => {
  const known = new Set(['pbc.gov.cn']);
  it('groups repeated unknown hosts and leaves known ones alone', () => {
    const mentions = [
      { host: 'haopos888.com', line: 3 },
      { host: 'pbc.gov.cn', line: 4 },
      { host: 'pbc.gov.cn', line: 5 },
      { host: 'haopos888.com', line: 9 },
      { host: 'once.example.org', line: 10 },
    ];
    const repeated = repeatedHosts(mentions, known);
    expect(repeated.map((r) => [r.host, r.mentions.map((m) => m.line)])).toEqual([['haopos888.com', [3, 9]]]);
  });
});
