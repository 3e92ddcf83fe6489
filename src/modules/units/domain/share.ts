export { formatShare, Share } from '../../../shared/domain/share';
