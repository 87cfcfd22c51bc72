import type { KmsVersion } from '../../src/kms/kms-crypto.js';
import { fileTimeFromDate, ZERO_UUID } from '../../src/kms/message.js';
import { APPLICATION_IDS, KMS_GROUPS } from '../../src/kms/products.js';
import { type BuiltRequest, buildKmsRequest } from '../../src/kms/request.js';

/** The client machine ID of every test request. */
export const TEST_CMID = '44444444-5555-4666-8777-888888888888';

/**
 * The activation request the loopback tests send: a Windows client in its initial grace period,
 * asking for a Windows Server 2019 group unless told otherwise, stamped with the current time.
 */
export function testKmsRequest(version: KmsVersion = 6, kmsCountedId = KMS_GROUPS.ws2019.kmsCountedId, minimumCount = 5): BuiltRequest {
  return buildKmsRequest({
    version,
    fields: {
      vmFlag: 0,
      licenseStatus: 2,
      graceMinutes: 43_200,
      applicationId: APPLICATION_IDS.windows,
      skuId: ZERO_UUID,
      kmsCountedId,
      cmid: TEST_CMID,
      minimumCount,
      timestamp: fileTimeFromDate(new Date()),
      previousCmid: ZERO_UUID,
      workstation: 'kms-probe.test',
    },
  });
}
