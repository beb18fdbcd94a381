import { describe, expect, it } from 'vitest';
import { ADDRESS_BOOK_ROLES, AddressBookEntryInputSchema, isAddressBookRole } from './address-book.schema.ts';

describe('the address book schema', () => {
  it('holds every role but the parent or carer and the young person', () => {
    expect(ADDRESS_BOOK_ROLES).not.toContain('parent_carer');
    expect(ADDRESS_BOOK_ROLES).not.toContain('young_person');
    expect(ADDRESS_BOOK_ROLES).toContain('educational_psychologist');
    expect(isAddressBookRole('school_staff')).toBe(true);
    expect(isAddressBookRole('parent_carer')).toBe(false);
  });

  it('normalises the email, reads blank optional fields as none and defaults the language', () => {
    expect(
      AddressBookEntryInputSchema.parse({
        name: '  Ade Bello ',
        role: 'educational_psychologist',
        organisation: '   ',
        email: ' A.Bello@EP.Example ',
        phone: '',
      }),
    ).toEqual({
      name: 'Ade Bello',
      role: 'educational_psychologist',
      organisation: null,
      email: 'a.bello@ep.example',
      phone: null,
      language: 'en',
    });
  });

  it('refuses an invisible character in the organisation, naming it', () => {
    const result = AddressBookEntryInputSchema.safeParse({
      name: 'Ade',
      role: 'health',
      organisation: 'NHS\u202eTrust',
      email: 'ade@nhs.example',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['organisation'],
      message: expect.stringMatching(/^The organisation must not contain .*U\+202E/),
    });
  });
});
