/** The default KMS activation port (`slmgr /sprt` changes it on a host, SRV records announce it). */
export const KMS_PORT = 1688;
/** The RPC endpoint mapper: remote slmgr, VAMT and WMI need it; activation does not. */
export const MANAGEMENT_PORT = 135;
