import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { notFoundPage } from '#shared/platform/error-pages';
import { roleVerificationPage, roleVerifiedPage } from './verification-page.ts';
import { getRole, openRole } from './store.ts';
import { afterConflict, genericError, pageResponse, type PurposeHandler } from '#shared/links/link-handler';

/** The company contact confirms the address; the POST opens the role. */
export const roleVerification: PurposeHandler = {
  async view(item, { method, path }) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(method, 404, notFoundPage(item.language));
    return pageResponse(
      method,
      200,
      roleVerificationPage(item.language, {
        companyName: role.company.name,
        businessId: role.company.businessId,
        roleTitle: role.title,
        sector: role.sector,
        city: role.company.city,
        region: role.company.region,
        country: role.company.country,
        contact: role.contact,
        fieldsOfStudy: role.fieldsOfStudy,
        places: role.places,
        periodFrom: role.periodFrom,
        periodTo: role.periodTo,
        minWeeks: role.minWeeks,
        languages: role.languages,
        applicantTypes: role.applicantTypes,
        ...(role.description ? { description: role.description } : {}),
        language: role.language ?? role.contact.language,
        ...(role.translation ? { translation: role.translation } : {}),
        formAction: path,
      }),
    );
  },
  async act(item, request) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(request.method, 404, notFoundPage(item.language));
    // Only the page's own button acts: a stray or forged POST shows the page again and opens nothing.
    if (request.form.get('decision') !== 'verify') return { ...(await this.view(item, { ...request, method: 'GET' })), statusCode: 400 };
    try {
      await openRole(role, item, request.now);
    } catch (error) {
      if (error instanceof TransactionCanceledException) return afterConflict(item, request, genericError(item));
      throw error;
    }
    return pageResponse(request.method, 200, roleVerifiedPage(item.language, { roleTitle: role.title }));
  },
};
